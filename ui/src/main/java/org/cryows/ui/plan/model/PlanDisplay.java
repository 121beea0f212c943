package org.cryows.ui.plan.model;

/** What the Plan workspace shows beside the study browser. */
public enum PlanDisplay {
  /** The 2-D viewer: the series' images or frames as stored. */
  IMAGES,
  /** Axial, coronal, sagittal and oblique planes of the series' volume, and the 3-D view. */
  PLANES
}
