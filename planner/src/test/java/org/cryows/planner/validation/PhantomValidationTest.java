package org.cryows.planner.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validation against Littrup et al., J Vasc Interv Radiol 2009;20:1343 (agar phantoms, argon
 * probes, 15-minute freezes, lethal ice below -30 C): the argon probe's cooling law is fitted to
 * the 2.4 mm probe's 12 mm lethal diameter only; the 1.7 mm probe's lethal diameter and the 2.4 mm
 * probe's whole ice ball are predicted without refitting.
 */
class PhantomValidationTest {

  private static final Logger LOG = LoggerFactory.getLogger(PhantomValidationTest.class);

  private final PhantomValidation validation = new PhantomValidation(0.2);

  @Test
  void fitted_probe_reproducesTheFigureItWasFittedTo() {
    PhantomValidation.Comparison fitted = validation.fitted();
    LOG.info("fitted: {} mm against {} mm", fitted.predictedMm(), fitted.measured().valueMm());
    assertEquals(fitted.measured().valueMm(), fitted.predictedMm(), 0.3);
  }

  @Test
  void heldOut_predictionsFallWithinTheStatedUncertainty() {
    for (PhantomValidation.Comparison comparison : validation.heldOut()) {
      LOG.info(
          "held out: {}: predicted {} mm, measured {} mm ({} %)",
          comparison.measured().what(),
          comparison.predictedMm(),
          comparison.measured().valueMm(),
          100 * comparison.relativeError());
      assertTrue(
          Math.abs(comparison.relativeError()) <= ValidityEnvelope.VALIDATED_RELATIVE_UNCERTAINTY,
          comparison.measured().what() + ": " + comparison.relativeError());
    }
  }

  @Test
  void fittedData_isNotAmongTheHeldOutData() {
    assertFalse(LittrupPhantom2009.heldOut().contains(LittrupPhantom2009.LETHAL_DIAMETER_2_4_MM));
    assertTrue(PhantomProbes.ARGON_2_4_MM.isFittedToMeasurement());
  }
}
