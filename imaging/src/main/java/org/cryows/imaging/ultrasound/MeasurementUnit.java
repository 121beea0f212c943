package org.cryows.imaging.ultrasound;

/** The unit a measurement is expressed in. */
public enum MeasurementUnit {
  MM("mm"),
  PIXELS("px"),
  MM2("mm²"),
  PIXELS2("px²");

  private final String symbol;

  MeasurementUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
