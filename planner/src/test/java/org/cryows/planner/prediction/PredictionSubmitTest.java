package org.cryows.planner.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cryows.imaging.volume.Vector3;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/** The service as a drag uses it: a newer request replaces a running one. */
class PredictionSubmitTest {

  /** Records what reaches the listener. */
  private static final class Heard implements PredictionListener {
    final List<Prediction> results = new CopyOnWriteArrayList<>();
    final Map<Long, Double> furthest = new ConcurrentHashMap<>();
    final CountDownLatch firstIsRunning = new CountDownLatch(1);
    final CountDownLatch answered = new CountDownLatch(1);

    @Override
    public void onProgress(long requestId, double fraction, String stage) {
      furthest.merge(requestId, fraction, Math::max);
      if (requestId == 1) {
        firstIsRunning.countDown();
      }
    }

    @Override
    public void onResult(Prediction prediction) {
      results.add(prediction);
      answered.countDown();
    }

    @Override
    public void onFailure(long requestId, RuntimeException error) {
      throw new AssertionError("request " + requestId + " failed", error);
    }
  }

  @Test
  void submit_requestReplacedWhileRunning_isCancelledAndItsAnswerDropped() throws Exception {
    var heard = new Heard();
    var probe = PredictionFixtures.co2ProbeAtOrigin();
    // A slow first request: two probes, two 3-minute freezes, the 3-D model.
    var slow =
        new PredictionRequest(
            1,
            List.of(
                probe, new PlacedProbe(probe.probe(), new Vector3(8, 0, 0), new Vector3(0, 0, 1))),
            new TissueMap.Homogeneous("generic"),
            List.of(),
            new FreezeProtocol(
                Gas.CO2, -75, List.of(new FreezeCycle(180, 60), new FreezeCycle(180, 0))),
            Outputs.defaults(),
            ModelOptions.defaults());
    var fast =
        PredictionFixtures.oneProbe(2, probe, List.of(), PredictionFixtures.co2Freeze(-70, 60));
    try (var service = new PredictionService()) {
      PredictionTask first = service.submit(slow, heard);
      assertTrue(heard.firstIsRunning.await(60, TimeUnit.SECONDS), "the first request started");
      PredictionTask second = service.submit(fast, heard);
      assertTrue(heard.answered.await(60, TimeUnit.SECONDS), "the second request was answered");
      assertEquals(2, second.answer().get(10, TimeUnit.SECONDS).requestId());
      assertTrue(first.isCancelled());
      assertThrows(CancellationException.class, () -> first.answer().get());
    }
    assertEquals(1, heard.results.size(), "only the newest answer reaches the listener");
    assertEquals(2, heard.results.getFirst().requestId());
    assertTrue(
        heard.furthest.get(1L) < 1, "the replaced run stopped early: " + heard.furthest.get(1L));
    assertEquals(1.0, heard.furthest.get(2L));
  }
}
