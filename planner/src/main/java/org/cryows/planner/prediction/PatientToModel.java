package org.cryows.planner.prediction;

import org.cryows.imaging.volume.Vector3;

/**
 * The patient frame (the plan's, LPS mm) to the 3-D model's frame: a rotation and an origin. With a
 * skin, the model's z axis is the skin's outward normal and the skin plane is z = 0, so the skin is
 * the top face of the model's box; without one the two frames coincide. Immutable.
 */
final class PatientToModel {

  private final Vector3 origin_Patient;
  private final Vector3 xAxis_Patient;
  private final Vector3 yAxis_Patient;
  private final Vector3 zAxis_Patient;

  private PatientToModel(
      Vector3 origin_Patient, Vector3 xAxis_Patient, Vector3 yAxis_Patient, Vector3 zAxis_Patient) {
    this.origin_Patient = origin_Patient;
    this.xAxis_Patient = xAxis_Patient;
    this.yAxis_Patient = yAxis_Patient;
    this.zAxis_Patient = zAxis_Patient;
  }

  /** The model's frame is the patient's. */
  static PatientToModel identity() {
    return new PatientToModel(
        Vector3.ZERO, new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1));
  }

  /** A model frame with z along the skin's outward normal and its origin on the skin plane. */
  static PatientToModel onSkin(Structure.Skin skin) {
    Vector3 z = skin.outwardNormal();
    Vector3[] across = Surfaces.perpendiculars(z);
    // Right-handed: x cross y = z.
    Vector3 x = across[0];
    Vector3 y = z.cross(x).normalized();
    return new PatientToModel(skin.pointMm(), x, y, z);
  }

  Vector3 apply(Vector3 point_Patient) {
    return applyToDirection(point_Patient.minus(origin_Patient));
  }

  /** The rotation only: for directions, which do not move with the origin. */
  Vector3 applyToDirection(Vector3 direction_Patient) {
    return new Vector3(
        direction_Patient.dot(xAxis_Patient),
        direction_Patient.dot(yAxis_Patient),
        direction_Patient.dot(zAxis_Patient));
  }

  ModelToPatient inverse() {
    return new ModelToPatient(origin_Patient, xAxis_Patient, yAxis_Patient, zAxis_Patient);
  }
}
