package org.cryows.planner.prediction;

/**
 * Hears what happens to a submitted request, on the service's thread: progress while it runs, then
 * its answer or its failure. A request replaced by a newer one hears neither: its answer is
 * dropped.
 */
public interface PredictionListener {

  /**
   * How far the request has come, 0 to 1.
   *
   * @param stage what runs: {@code axisymmetric} or {@code 3-D}
   */
  default void onProgress(long requestId, double fraction, String stage) {}

  /** The answer to the newest request. */
  void onResult(Prediction prediction);

  /** The newest request failed: invalid input or a model failure, with the reason. */
  void onFailure(long requestId, RuntimeException error);
}
