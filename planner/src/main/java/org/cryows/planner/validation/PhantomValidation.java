package org.cryows.planner.validation;

import java.util.List;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.oned.EnthalpySolver1d;
import org.cryows.planner.thermal.oned.Geometry1d;
import org.cryows.planner.thermal.oned.InnerBoundary;
import org.cryows.planner.thermal.oned.Problem1d;
import org.cryows.treatment.ConsoleCapabilities;

/**
 * Predicts the Littrup 2009 phantom figures: one argon probe in water at the phantom's baseline, 15
 * minutes, the middle of a long active segment as a 1-D cylinder.
 */
public final class PhantomValidation {

  /** A prediction beside the measurement it is compared with. */
  public record Comparison(PublishedMeasurement measured, double predictedMm) {
    public double errorMm() {
      return predictedMm - measured.valueMm();
    }

    public double relativeError() {
      return errorMm() / measured.valueMm();
    }
  }

  private final double spacingMm;

  /**
   * @param spacingMm finest grid spacing of the 1-D runs (0.2 mm moves the fitted diameter by 0.03
   *     mm against 0.1 mm)
   */
  public PhantomValidation(double spacingMm) {
    this.spacingMm = spacingMm;
  }

  /** Diameter of an isotherm after the 15-minute freeze, mm. */
  public double diameterMm(ProbeModel probe, double isothermC) {
    var problem =
        new Problem1d(
            Geometry1d.CYLINDRICAL,
            TissueCatalog.byName("water"),
            true,
            new InnerBoundary.CooledProbe(probe, ConsoleCapabilities.STANDARD.regulatedSupplyKPa()),
            probe.radiusMm(),
            LittrupPhantom2009.PHANTOM_BASELINE_C,
            LittrupPhantom2009.PHANTOM_BASELINE_C,
            spacingMm,
            List.of(LittrupPhantom2009.FREEZE_SEC),
            List.of(isothermC),
            Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
    return 2
        * new EnthalpySolver1d()
            .solve(problem)
            .frontMm(isothermC, LittrupPhantom2009.FREEZE_SEC)
            .orElse(0);
  }

  public Comparison fitted() {
    return new Comparison(
        LittrupPhantom2009.LETHAL_DIAMETER_2_4_MM,
        diameterMm(PhantomProbes.ARGON_2_4_MM, LittrupPhantom2009.LETHAL_ISOTHERM_C));
  }

  public List<Comparison> heldOut() {
    return List.of(
        new Comparison(
            LittrupPhantom2009.LETHAL_DIAMETER_1_7_MM,
            diameterMm(PhantomProbes.ARGON_1_7_MM, LittrupPhantom2009.LETHAL_ISOTHERM_C)),
        new Comparison(
            LittrupPhantom2009.ICE_BALL_DIAMETER_2_4_MM,
            diameterMm(PhantomProbes.ARGON_2_4_MM, 0)));
  }
}
