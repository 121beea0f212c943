package org.cryows.probecontrol.console;

/**
 * IEC 60601-1-8 alarm priorities with their visual signal (as summarised in DOMAIN.md: high red
 * flashing 1.4-2.8 Hz with a 10-pulse burst; medium yellow 0.4-0.8 Hz, 3 pulses; low cyan steady).
 * The flash rates chosen sit inside the standard's ranges.
 */
public enum AlarmPriority {
  HIGH("#FF0000", 2.0, 10),
  MEDIUM("#FFFF00", 0.6, 3),
  LOW("#00FFFF", 0.0, 1);

  private final String colourRgb;
  private final double flashHz;
  private final int audioPulses;

  AlarmPriority(String colourRgb, double flashHz, int audioPulses) {
    this.colourRgb = colourRgb;
    this.flashHz = flashHz;
    this.audioPulses = audioPulses;
  }

  /** The indicator colour as #RRGGBB. */
  public String colourRgb() {
    return colourRgb;
  }

  /** Flash rate of the visual indicator; 0 means steady. */
  public double flashHz() {
    return flashHz;
  }

  /** Pulses in one audio burst. */
  public int audioPulses() {
    return audioPulses;
  }
}
