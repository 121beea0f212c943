package org.cryows.ui.plan.model;

/** Which answer the Plan workspace shows for a plan. */
public enum PredictionStage {
  /**
   * The quick answer while a probe or mark moves: the axisymmetric model of each lone probe with
   * the marked structures left out (its solution is cached, so a drag costs little). Provisional.
   */
  QUICK,
  /**
   * The answer the checks are judged on: the service's own choice of model with every structure.
   */
  FULL
}
