package org.cryows.treatment;

/**
 * How a probe thaws its ice actively (warm gas or a heater), where the equipment can: the console
 * of this workstation cannot ({@link ConsoleCapabilities#thawsActively()}), the thermal model can
 * predict it.
 */
public sealed interface ActiveThaw {

  /**
   * Heat put into the tissue through the active segment, W per metre of active length (a model of a
   * plane wall reads it per square metre, of a sphere in total).
   */
  record HeatInput(double watts) implements ActiveThaw {
    public HeatInput {
      if (!(watts > 0) || !Double.isFinite(watts)) {
        throw new IllegalArgumentException(
            "an active thaw's heat input must be positive, got " + watts);
      }
    }
  }

  /** The active surface held at a temperature above 0 C. */
  record WarmWall(double temperatureC) implements ActiveThaw {
    public WarmWall {
      if (!(temperatureC > 0) || !Double.isFinite(temperatureC)) {
        throw new IllegalArgumentException(
            "an active thaw's wall must be above 0 C, got " + temperatureC + " C");
      }
    }
  }
}
