package org.cryows.probecontrol.archfixture;

/** Breaks a rule on purpose: jSerialComm outside the serial adapter. */
public class ControllerUsingSerialPort {
  com.fazecast.jSerialComm.SerialPort port() {
    return null;
  }
}
