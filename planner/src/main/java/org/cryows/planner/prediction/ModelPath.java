package org.cryows.planner.prediction;

/** Which thermal model answers a prediction. */
public enum ModelPath {
  /** The service decides: axisymmetric when the case allows it, 3-D otherwise. */
  AUTO,
  /** One probe in homogeneous tissue, symmetric about its axis (the fast path). */
  AXISYMMETRIC,
  /** Any number of probes in labelled tissue with vessels and skin. */
  THREE_D
}
