package org.cryows.imaging.adapter;

import org.cryows.imaging.adapter.FrameDecoder.CodecException;

/**
 * Loads GDCM's JNI library once, from this class so that it belongs to the application class loader
 * that also loads {@code gdcm.gdcmJNI}. If it cannot be loaded, the codecs that need it refuse
 * their frames with the loader's reason.
 */
final class GdcmLibrary {

  private static final String DEBIAN_LIBRARY = "/usr/lib/x86_64-linux-gnu/jni/libgdcmjni.so";
  private static final String FAILURE = load();

  private GdcmLibrary() {}

  private static String load() {
    try {
      System.loadLibrary("gdcmjni");
      quiet();
      return null;
    } catch (UnsatisfiedLinkError | SecurityException e) {
      // Debian's location, for launches that did not set java.library.path.
      try {
        System.load(DEBIAN_LIBRARY);
        quiet();
        return null;
      } catch (UnsatisfiedLinkError | SecurityException ignored) {
        // report the first failure, which names the search path
      }
      return "GDCM's native library gdcmjni is not available (java.library.path="
          + System.getProperty("java.library.path")
          + "): "
          + e.getMessage();
    }
  }

  /** GDCM writes warnings to stderr; failures reach the caller as return values instead. */
  private static void quiet() {
    gdcm.Trace.WarningOff();
    gdcm.Trace.ErrorOff();
    gdcm.Trace.DebugOff();
  }

  static boolean loaded() {
    return FAILURE == null;
  }

  static void requireLoaded(String codec) throws CodecException {
    if (FAILURE != null) {
      throw new CodecException(codec + " needs GDCM: " + FAILURE);
    }
  }
}
