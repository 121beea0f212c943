package org.cryows.planner.prediction;

import org.cryows.imaging.volume.Vector3;

/**
 * The patient frame to a placed probe's frame, the axisymmetric model's: the tip at the origin, z
 * along the probe towards its handle, x and y across it. The model itself sees only r (from the
 * axis) and z. Immutable.
 */
final class PatientToProbe {

  private final Vector3 tip_Patient;
  private final Vector3 axis_Patient;
  private final Vector3 across_Patient;
  private final Vector3 acrossToo_Patient;

  PatientToProbe(PlacedProbe placed) {
    this.tip_Patient = placed.tipMm();
    this.axis_Patient = placed.towardHandle();
    Vector3[] perpendiculars = Surfaces.perpendiculars(axis_Patient);
    this.across_Patient = perpendiculars[0];
    this.acrossToo_Patient = perpendiculars[1];
  }

  /** The probe's axis in the patient frame, from the tip towards the handle. */
  Vector3 axis_Patient() {
    return axis_Patient;
  }

  Vector3 tip_Patient() {
    return tip_Patient;
  }

  Vector3 apply(Vector3 point_Patient) {
    Vector3 offset = point_Patient.minus(tip_Patient);
    return new Vector3(
        offset.dot(across_Patient), offset.dot(acrossToo_Patient), offset.dot(axis_Patient));
  }

  /** Height above the tip along the axis, mm. */
  double axialMm(Vector3 point_Patient) {
    return point_Patient.minus(tip_Patient).dot(axis_Patient);
  }

  /** Distance from the axis, mm. */
  double radialMm(Vector3 point_Patient) {
    Vector3 offset = point_Patient.minus(tip_Patient);
    return offset.minus(axis_Patient.times(offset.dot(axis_Patient))).length();
  }

  ProbeToPatient inverse() {
    return new ProbeToPatient(tip_Patient, across_Patient, acrossToo_Patient, axis_Patient);
  }

  /** A placed probe's frame back to the patient's. */
  static final class ProbeToPatient {
    private final Vector3 tip_Patient;
    private final Vector3 x_Patient;
    private final Vector3 y_Patient;
    private final Vector3 z_Patient;

    ProbeToPatient(Vector3 tip_Patient, Vector3 x_Patient, Vector3 y_Patient, Vector3 z_Patient) {
      this.tip_Patient = tip_Patient;
      this.x_Patient = x_Patient;
      this.y_Patient = y_Patient;
      this.z_Patient = z_Patient;
    }

    Vector3 apply(Vector3 point_Probe) {
      return tip_Patient
          .plus(x_Patient.times(point_Probe.x()))
          .plus(y_Patient.times(point_Probe.y()))
          .plus(z_Patient.times(point_Probe.z()));
    }

    /** The point at (r, z) on the meridian at an angle around the axis. */
    Vector3 applyCylindrical(double radiusMm, double axialMm, double angle) {
      return apply(new Vector3(radiusMm * Math.cos(angle), radiusMm * Math.sin(angle), axialMm));
    }
  }
}
