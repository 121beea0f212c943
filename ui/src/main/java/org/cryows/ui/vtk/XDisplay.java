package org.cryows.ui.vtk;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an X display can be used. Debian's VTK 9.1 renders off screen through GLX, so it needs an
 * X server (a desktop's, or Xvfb's), and when it cannot connect to one it aborts the whole process.
 * So the adapter connects first, itself, through Xlib (libX11, by Java's foreign function
 * interface): a display that refuses the connection (no server, not authorised) is a reason 3-D is
 * not available, not the end of the workstation. Checked when VTK's libraries are loaded and again
 * just before VTK makes its one window.
 */
final class XDisplay {

  private static final Pattern DISPLAY = Pattern.compile("^[^:]*:\\d+(?:\\.\\d+)?$");

  private XDisplay() {}

  /** Why {@code display} (the DISPLAY variable) cannot be used; empty when it can. */
  static Optional<String> problem(String display) {
    if (display == null || display.isBlank()) {
      return Optional.of(
          "there is no X display (DISPLAY is not set) and VTK 9.1 renders off screen through GLX,"
              + " which needs one; ./cryo runs the window under Xvfb when there is none");
    }
    if (!DISPLAY.matcher(display.strip()).matches()) {
      return Optional.of("the X display '" + display + "' is not of the form host:number");
    }
    MethodHandle open;
    MethodHandle close;
    try {
      Linker linker = Linker.nativeLinker();
      SymbolLookup x11 = SymbolLookup.libraryLookup("libX11.so.6", Arena.global());
      open =
          linker.downcallHandle(
              x11.find("XOpenDisplay").orElseThrow(),
              FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
      close =
          linker.downcallHandle(
              x11.find("XCloseDisplay").orElseThrow(),
              FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    } catch (RuntimeException e) {
      return Optional.of("Xlib (libX11.so.6) cannot be loaded: " + e.getMessage());
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment connection = (MemorySegment) open.invoke(arena.allocateFrom(display.strip()));
      if (connection.equals(MemorySegment.NULL)) {
        return Optional.of(
            "the X display " + display + " refuses connections (no server, or not authorised)");
      }
      int ignored = (int) close.invoke(connection);
      return Optional.empty();
    } catch (Throwable e) {
      return Optional.of("the X display " + display + " cannot be checked: " + e);
    }
  }
}
