package org.cryows.planner.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.cartesian.SectionPlane;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;

/**
 * What a prediction reports, in the plan's frame.
 *
 * @param timesSec when to measure the ice, from the start of the first freeze; empty: at the end of
 *     each freeze and of the protocol
 * @param isothermsC the isotherms to measure and contour
 * @param exposureThresholdsC the temperatures each sample point's time at or below is counted for
 * @param samplePointsMm points (a nerve's course, say) whose coldest temperature and time below
 *     each threshold are reported
 * @param contourPlanes planes to draw the isotherms on (the plane of an ultrasound image)
 * @param surfaces whether to build the isotherm surfaces (for a 3-D view)
 * @param surfaceTimesSec the output times to build them at (each surface of a 3-D field takes tens
 *     of ms); empty: at every output time
 */
public record Outputs(
    List<Double> timesSec,
    List<Double> isothermsC,
    List<Double> exposureThresholdsC,
    List<Vector3> samplePointsMm,
    List<SectionPlane> contourPlanes,
    boolean surfaces,
    List<Double> surfaceTimesSec) {

  public Outputs {
    timesSec = List.copyOf(timesSec);
    isothermsC = List.copyOf(isothermsC);
    exposureThresholdsC = List.copyOf(exposureThresholdsC);
    samplePointsMm = List.copyOf(samplePointsMm);
    contourPlanes = List.copyOf(contourPlanes);
    surfaceTimesSec = List.copyOf(surfaceTimesSec);
    if (isothermsC.isEmpty()) {
      throw new IllegalArgumentException("at least one isotherm is needed");
    }
  }

  /** Outputs with the surfaces, when asked for, at every output time. */
  public Outputs(
      List<Double> timesSec,
      List<Double> isothermsC,
      List<Double> exposureThresholdsC,
      List<Vector3> samplePointsMm,
      List<SectionPlane> contourPlanes,
      boolean surfaces) {
    this(
        timesSec,
        isothermsC,
        exposureThresholdsC,
        samplePointsMm,
        contourPlanes,
        surfaces,
        List.of());
  }

  /** The default isotherms and thresholds at the default times, with nothing else drawn. */
  public static Outputs defaults() {
    return new Outputs(
        List.of(),
        PredictionDefaults.ISOTHERMS_C,
        PredictionDefaults.EXPOSURE_THRESHOLDS_C,
        List.of(),
        List.of(),
        false);
  }

  public Outputs withTimes(List<Double> times) {
    return new Outputs(
        times,
        isothermsC,
        exposureThresholdsC,
        samplePointsMm,
        contourPlanes,
        surfaces,
        surfaceTimesSec);
  }

  public Outputs withIsotherms(List<Double> isotherms) {
    return new Outputs(
        timesSec,
        isotherms,
        exposureThresholdsC,
        samplePointsMm,
        contourPlanes,
        surfaces,
        surfaceTimesSec);
  }

  public Outputs withExposureThresholds(List<Double> thresholds) {
    return new Outputs(
        timesSec, isothermsC, thresholds, samplePointsMm, contourPlanes, surfaces, surfaceTimesSec);
  }

  public Outputs withSamplePoints(List<Vector3> points) {
    return new Outputs(
        timesSec,
        isothermsC,
        exposureThresholdsC,
        points,
        contourPlanes,
        surfaces,
        surfaceTimesSec);
  }

  public Outputs withContourPlanes(List<SectionPlane> planes) {
    return new Outputs(
        timesSec,
        isothermsC,
        exposureThresholdsC,
        samplePointsMm,
        planes,
        surfaces,
        surfaceTimesSec);
  }

  public Outputs withSurfaces(boolean wanted) {
    return new Outputs(
        timesSec,
        isothermsC,
        exposureThresholdsC,
        samplePointsMm,
        contourPlanes,
        wanted,
        surfaceTimesSec);
  }

  /** The surfaces built, but only at these of the output times (a time slider's stops). */
  public Outputs withSurfacesAt(List<Double> times) {
    return new Outputs(
        timesSec, isothermsC, exposureThresholdsC, samplePointsMm, contourPlanes, true, times);
  }

  /** Whether the surfaces are built at output time {@code timeSec}. */
  boolean surfaceAt(double timeSec) {
    return surfaces
        && (surfaceTimesSec.isEmpty()
            || surfaceTimesSec.stream().anyMatch(t -> Math.abs(t - timeSec) < 1e-6));
  }

  /** The times asked for, or the end of each freeze and of the protocol. */
  List<Double> timesFor(FreezeProtocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    if (!timesSec.isEmpty()) {
      return timesSec;
    }
    List<Double> times = new ArrayList<>();
    for (FreezeCycle.Phase phase : protocol.phases()) {
      if (phase.kind() == FreezeCycle.PhaseKind.FREEZE) {
        times.add(phase.endSec());
      }
    }
    double end = protocol.totalSec();
    if (times.getLast() < end) {
      times.add(end);
    }
    return List.copyOf(times);
  }
}
