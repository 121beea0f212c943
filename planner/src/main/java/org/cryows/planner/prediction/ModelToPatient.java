package org.cryows.planner.prediction;

import org.cryows.imaging.volume.Vector3;

/** The 3-D model's frame back to the patient frame: the inverse of {@link PatientToModel}. */
final class ModelToPatient {

  private final Vector3 origin_Patient;
  private final Vector3 xAxis_Patient;
  private final Vector3 yAxis_Patient;
  private final Vector3 zAxis_Patient;

  ModelToPatient(
      Vector3 origin_Patient, Vector3 xAxis_Patient, Vector3 yAxis_Patient, Vector3 zAxis_Patient) {
    this.origin_Patient = origin_Patient;
    this.xAxis_Patient = xAxis_Patient;
    this.yAxis_Patient = yAxis_Patient;
    this.zAxis_Patient = zAxis_Patient;
  }

  Vector3 apply(Vector3 point_Model) {
    return origin_Patient.plus(applyToDirection(point_Model));
  }

  Vector3 applyToDirection(Vector3 direction_Model) {
    return xAxis_Patient
        .times(direction_Model.x())
        .plus(yAxis_Patient.times(direction_Model.y()))
        .plus(zAxis_Patient.times(direction_Model.z()));
  }
}
