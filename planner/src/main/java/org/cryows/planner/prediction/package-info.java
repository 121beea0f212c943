/**
 * The ice-ball prediction as a service for a plan ({@link
 * org.cryows.planner.prediction.PredictionService}). The plan's frame is the patient frame of the
 * images it is drawn on (DICOM LPS, mm): every point of a request and of its answer is an {@link
 * org.cryows.imaging.volume.Vector3} in it. The models have their own frames, reached only through
 * the transforms named after both ends: {@code PatientToModel} and {@code ModelToPatient} for the
 * 3-D model's box, {@code PatientToProbe} for a probe's axis (the axisymmetric model).
 */
package org.cryows.planner.prediction;
