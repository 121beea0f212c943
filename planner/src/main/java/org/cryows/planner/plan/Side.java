package org.cryows.planner.plan;

/** The patient's side a target lies on, as DICOM writes laterality: L or R. */
public enum Side {
  L,
  R
}
