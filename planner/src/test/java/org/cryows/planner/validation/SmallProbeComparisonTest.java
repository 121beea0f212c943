package org.cryows.planner.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.prediction.ModelOptions;
import org.cryows.planner.prediction.Outputs;
import org.cryows.planner.prediction.PlacedProbe;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.prediction.PredictionRequest;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.prediction.TissueMap;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console probes against the one published small-probe comparison: Said ET, Marsh-Armstrong BP,
 * Fischer SJ, Suresh PJ, Swisher MW, Trescot AM, Prologo JD, Abdullah B, Ilfeld BM, a bench study
 * of cryoneurolysis probes in meat (chicken, beef, pork), 2-minute freeze, ice ball measured by
 * ultrasound, temperature at nine concentric locations. Only its abstract could be read
 * (open.library.emory.edu, J. David Prologo's profile); the full text was not found. What the
 * abstract gives: in every probe type, going from 18G to 14G made the ice ball up to 70 % wider and
 * up to 113 % longer (volume up to 512 %), and the minimum internal temperature fell by as much as
 * from -5 to -32 C.
 *
 * <p>What is compared: the model's 14G/18G ratio of the 0 C width and length after a 2-minute
 * freeze in ex vivo muscle (no blood flow) at room temperature (20 C, assumed; the abstract gives
 * neither the meat's temperature nor the gas, console or supply pressure), for each console gas.
 * The published figures are maxima over probe types ("up to"), so the model's ratios must lie
 * between no change and them. What cannot be compared: absolute sizes (not in the abstract), the
 * minimum internal temperatures (the thermocouples' positions are not in the abstract), the probes'
 * active lengths (ours are assumed: 10 mm for 14G, 7 mm for 18G).
 */
class SmallProbeComparisonTest {

  private static final Logger LOG = LoggerFactory.getLogger(SmallProbeComparisonTest.class);

  /** Said, Ilfeld et al.: 14G up to 70 % wider than 18G. */
  static final double PUBLISHED_WIDTH_RATIO_AT_MOST = 1.70;

  /** Said, Ilfeld et al.: 14G up to 113 % longer than 18G. */
  static final double PUBLISHED_LENGTH_RATIO_AT_MOST = 2.13;

  static final double FREEZE_SEC = 120;

  /** Meat on a bench at room temperature: assumed, the abstract does not say. */
  static final double MEAT_C = 20;

  private static final PredictionService SERVICE = new PredictionService();

  @AfterAll
  static void close() {
    SERVICE.close();
  }

  private static Prediction freeze(String probeId) {
    var probe = ProbeCatalog.byId(probeId);
    return SERVICE.predict(
        new PredictionRequest(
            1,
            List.of(new PlacedProbe(probe, new Vector3(0, 0, 0), new Vector3(0, 0, 1))),
            new TissueMap.Homogeneous("muscle"),
            List.of(),
            FreezeProtocol.coldestFor(probe.gas(), List.of(new FreezeCycle(FREEZE_SEC, 0))),
            Outputs.defaults().withTimes(List.of(FREEZE_SEC)),
            ModelOptions.defaults().exVivoAt(MEAT_C)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"co2", "n2o"})
  void consoleProbes_14gAgainst18g_widerAndLongerWithinThePublishedMaxima(String gas) {
    var thick = freeze("console-14g-" + gas).iceBalls().getFirst();
    var thin = freeze("console-18g-" + gas).iceBalls().getFirst();
    double widthRatio =
        thick.diameterMm(0, FREEZE_SEC).orElseThrow()
            / thin.diameterMm(0, FREEZE_SEC).orElseThrow();
    double lengthRatio =
        thick.lengthMm(0, FREEZE_SEC).orElseThrow() / thin.lengthMm(0, FREEZE_SEC).orElseThrow();
    LOG.info(
        "{}: 14G/18G 0 C width ratio {}, length ratio {} (published: up to {} and {})",
        gas,
        widthRatio,
        lengthRatio,
        PUBLISHED_WIDTH_RATIO_AT_MOST,
        PUBLISHED_LENGTH_RATIO_AT_MOST);
    assertTrue(
        widthRatio > 1 && widthRatio <= PUBLISHED_WIDTH_RATIO_AT_MOST,
        gas + " width ratio " + widthRatio);
    assertTrue(
        lengthRatio > 1 && lengthRatio <= PUBLISHED_LENGTH_RATIO_AT_MOST,
        gas + " length ratio " + lengthRatio);
  }
}
