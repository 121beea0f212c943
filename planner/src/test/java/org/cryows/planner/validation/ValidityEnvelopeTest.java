package org.cryows.planner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.cryows.planner.catalog.ProbeCatalog;
import org.junit.jupiter.api.Test;

class ValidityEnvelopeTest {

  @Test
  void assess_phantomProbeInWater_isValidatedWithItsUncertainty() {
    Validity validity =
        ValidityEnvelope.assess(
            new PredictionConditions(
                "cylinder",
                "water",
                true,
                Optional.of(PhantomProbes.ARGON_2_4_MM),
                Optional.empty(),
                Optional.empty(),
                900,
                false));
    assertEquals(Validity.Status.VALIDATED, validity.status());
    assertEquals(0.20, validity.relativeUncertainty().orElseThrow());
  }

  @Test
  void assess_catalogN2oProbeInTissue_isOutsideAndSaysWhy() {
    Validity validity =
        ValidityEnvelope.assess(
            new PredictionConditions(
                "axisym",
                "generic",
                false,
                Optional.of(ProbeCatalog.byId("console-14g-n2o")),
                Optional.empty(),
                Optional.empty(),
                180,
                false));
    assertEquals(Validity.Status.OUTSIDE, validity.status());
    assertTrue(validity.reasons().stream().anyMatch(r -> r.contains("estimated cooling law")));
    assertTrue(validity.relativeUncertainty().isEmpty());
  }

  @Test
  void assess_exactSolutionConditions_isVerifiedOnly() {
    Validity validity =
        ValidityEnvelope.assess(
            new PredictionConditions(
                "planar",
                "generic",
                true,
                Optional.empty(),
                Optional.of(-88.0),
                Optional.empty(),
                180,
                false));
    assertEquals(Validity.Status.VERIFIED_ONLY, validity.status());
  }
}
