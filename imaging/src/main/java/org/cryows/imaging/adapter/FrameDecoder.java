package org.cryows.imaging.adapter;

import org.cryows.imaging.pixels.Frame;

/** Decodes the codestream of one encapsulated frame. Implementations are thread-safe. */
interface FrameDecoder {

  /** The codec, for messages: "JPEG-LS (GDCM)". */
  String codec();

  Frame decode(byte[] codestream, int frameIndex) throws CodecException;

  /** The codec cannot decode this frame; the message says why. */
  final class CodecException extends Exception {
    private static final long serialVersionUID = 1L;

    CodecException(String message) {
      super(message);
    }

    CodecException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
