package org.cryows.planner.prediction;

import java.util.concurrent.CompletableFuture;

/**
 * A submitted request: its id, its answer to come, and a way to withdraw it. A withdrawn or
 * replaced task's answer completes as cancelled and never reaches the listener.
 */
public final class PredictionTask {

  private final PredictionRequest request;
  private final PredictionListener listener;
  private final CompletableFuture<Prediction> answer = new CompletableFuture<>();
  private volatile boolean cancelled;

  PredictionTask(PredictionRequest request, PredictionListener listener) {
    this.request = request;
    this.listener = listener;
  }

  public long requestId() {
    return request.requestId();
  }

  /** Completes with the answer, exceptionally with the failure, or cancelled when replaced. */
  public CompletableFuture<Prediction> answer() {
    return answer;
  }

  /** Withdraws the request: a run in progress stops at its next step. */
  public void cancel() {
    cancelled = true;
    answer.cancel(false);
  }

  public boolean isCancelled() {
    return cancelled;
  }

  PredictionRequest request() {
    return request;
  }

  PredictionListener listener() {
    return listener;
  }
}
