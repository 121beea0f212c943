package org.cryows.ui.vtk;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an X display can be reached. Debian's VTK 9.1 renders off screen through GLX, so it needs
 * an X server (a desktop's, or Xvfb's); given none, VTK aborts the whole process. The check comes
 * first: a local display (":0") must have its socket, a remote one ("host:0") must accept a
 * connection.
 */
final class XDisplay {

  private static final Pattern DISPLAY = Pattern.compile("^([^:]*):(\\d+)(?:\\.\\d+)?$");
  private static final int CONNECT_TIMEOUT_MS = 500;
  private static final Path SOCKETS = Path.of("/tmp/.X11-unix");

  private XDisplay() {}

  /** Why {@code display} (the DISPLAY variable) cannot be used; empty when it can. */
  static Optional<String> problem(String display) {
    if (display == null || display.isBlank()) {
      return Optional.of(
          "there is no X display (DISPLAY is not set) and VTK 9.1 renders off screen through GLX,"
              + " which needs one; ./cryo runs the window under Xvfb when there is none");
    }
    Matcher m = DISPLAY.matcher(display.strip());
    if (!m.matches()) {
      return Optional.of("the X display '" + display + "' is not of the form host:number");
    }
    String host = m.group(1);
    int number = Integer.parseInt(m.group(2));
    if (host.isEmpty() || host.equals("unix")) {
      Path socket = SOCKETS.resolve("X" + number);
      return Files.exists(socket)
          ? Optional.empty()
          : Optional.of("the X display " + display + " has no server (" + socket + " is missing)");
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, 6000 + number), CONNECT_TIMEOUT_MS);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("the X display " + display + " cannot be reached: " + e.getMessage());
    }
  }
}
