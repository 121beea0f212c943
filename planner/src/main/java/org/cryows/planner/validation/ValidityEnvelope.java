package org.cryows.planner.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.cryows.planner.thermal.ProbeModel;

/**
 * The conditions under which the thermal model has been checked (planner/docs/validation.md):
 *
 * <ul>
 *   <li>Validated against published measurements (held out from any fit): water or agar phantoms,
 *       the argon probes of {@link PhantomProbes} (1.7-2.4 mm, cooling law fitted to {@link
 *       LittrupPhantom2009}), one freeze of up to 15 minutes, diameters in the cylinder or
 *       axisymmetric geometry. Held-out predictions fell 15-18 % short of the measurements, so the
 *       stated uncertainty is {@link #VALIDATED_RELATIVE_UNCERTAINTY}.
 *   <li>Verified against exact solutions (numerics only): conduction with isothermal freezing,
 *       planar and cylindrical (and axisymmetric through the cylinder), walls down to -88 C and
 *       line sinks of 80 W/m, up to 180 s.
 * </ul>
 *
 * Everything else, including every catalog probe (estimated cooling), tissue with a mushy zone and
 * perfusion, and thaw phases, is outside: the prediction is indicative.
 */
public final class ValidityEnvelope {

  /** Held-out errors of -18 % and -15 % (validation.md), rounded up. */
  public static final double VALIDATED_RELATIVE_UNCERTAINTY = 0.20;

  static final double VALIDATED_LAST_TIME_SEC = LittrupPhantom2009.FREEZE_SEC;
  static final double VERIFIED_LAST_TIME_SEC = 180;
  static final double VERIFIED_COLDEST_WALL_C = -88;
  static final double VERIFIED_LINE_SINK_W_PER_M = 80;

  private static final Set<String> DIAMETER_GEOMETRIES = Set.of("cylinder", "axisym");

  private ValidityEnvelope() {}

  public static Validity assess(PredictionConditions conditions) {
    List<String> validationGaps = validationGaps(conditions);
    if (validationGaps.isEmpty()) {
      return new Validity(
          Validity.Status.VALIDATED,
          List.of(
              "argon probe in a water/agar phantom, cooling law fitted to "
                  + LittrupPhantom2009.SOURCE
                  + " and validated on held-out figures of the same study"),
          OptionalDouble.of(VALIDATED_RELATIVE_UNCERTAINTY));
    }
    List<String> verificationGaps = verificationGaps(conditions);
    if (verificationGaps.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      reasons.add("numerics verified against exact solutions; the physics is not validated");
      reasons.addAll(validationGaps);
      return new Validity(Validity.Status.VERIFIED_ONLY, reasons, OptionalDouble.empty());
    }
    List<String> reasons = new ArrayList<>(validationGaps);
    reasons.addAll(verificationGaps);
    return new Validity(Validity.Status.OUTSIDE, reasons, OptionalDouble.empty());
  }

  private static List<String> validationGaps(PredictionConditions conditions) {
    List<String> gaps = new ArrayList<>();
    boolean phantomProbe =
        conditions.probe().map(ProbeModel::id).filter(ValidityEnvelope::isPhantomProbe).isPresent();
    if (!phantomProbe) {
      gaps.add(
          conditions.probe().isPresent()
              ? "probe "
                  + conditions.probe().get().id()
                  + " has an estimated cooling law, not fitted to a measured ice ball"
              : "a fixed wall or line sink is not a validated probe model");
    }
    if (!conditions.tissueName().equals("water")) {
      gaps.add(
          "tissue " + conditions.tissueName() + " is not validated (only water/agar phantoms)");
    }
    if (!DIAMETER_GEOMETRIES.contains(conditions.geometry())) {
      gaps.add("geometry " + conditions.geometry() + " is not validated");
    }
    if (conditions.lastTimeSec() > VALIDATED_LAST_TIME_SEC) {
      gaps.add("times beyond " + VALIDATED_LAST_TIME_SEC + " s are not validated");
    }
    if (conditions.thaws()) {
      gaps.add("thaw phases are not validated against measurements");
    }
    return gaps;
  }

  private static List<String> verificationGaps(PredictionConditions conditions) {
    List<String> gaps = new ArrayList<>();
    if (!conditions.exactSolutionConditions() && !conditions.tissueName().equals("water")) {
      gaps.add("the mushy zone, perfusion and metabolism have no exact solution to verify against");
    }
    if (conditions.geometry().equals("sphere") || conditions.geometry().equals("3d")) {
      gaps.add("geometry " + conditions.geometry() + " has no exact solution in the test suite");
    }
    if (conditions.lastTimeSec() > VERIFIED_LAST_TIME_SEC) {
      gaps.add("verified only up to " + VERIFIED_LAST_TIME_SEC + " s");
    }
    if (conditions.probe().isPresent()) {
      gaps.add("probe cooling laws have no exact solution");
    }
    conditions
        .wallTemperatureC()
        .filter(wall -> wall < VERIFIED_COLDEST_WALL_C)
        .ifPresent(wall -> gaps.add("verified only for walls down to -88 C, got " + wall + " C"));
    conditions
        .lineSinkWattsPerMeter()
        .filter(sink -> sink != VERIFIED_LINE_SINK_W_PER_M)
        .ifPresent(sink -> gaps.add("line sink verified at 80 W/m only, got " + sink + " W/m"));
    if (conditions.thaws()) {
      gaps.add("thaw phases have no exact solution in the test suite");
    }
    return gaps;
  }

  private static boolean isPhantomProbe(String id) {
    return PhantomProbes.all().stream().anyMatch(probe -> probe.id().equals(id));
  }
}
