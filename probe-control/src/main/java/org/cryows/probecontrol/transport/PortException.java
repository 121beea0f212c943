package org.cryows.probecontrol.transport;

import java.io.IOException;

/** A byte port could not do what was asked; the message names the port and why. */
public final class PortException extends IOException {

  public PortException(String portName, String why) {
    super("port " + portName + ": " + why);
  }

  public PortException(String portName, String why, Throwable cause) {
    super("port " + portName + ": " + why, cause);
  }
}
