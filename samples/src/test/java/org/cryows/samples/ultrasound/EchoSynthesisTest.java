package org.cryows.samples.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The B-mode physics against what it must reproduce (ULTRASOUND-SYNTH.md "Checks a test can make"):
 * Rayleigh speckle in homogeneous tissue, attenuation at 2 f0 alpha dB per cm, more than 40 dB of
 * shadow under bone, enhancement under a vessel, specular echoes in proportion to sqrt(R). All on
 * the envelope before noise and log compression, on label maps built here.
 */
class EchoSynthesisTest {
  private static final Logger LOG = LoggerFactory.getLogger(EchoSynthesisTest.class);
  static final int COLUMNS = 300;
  static final int ROWS = 300;

  /** sqrt(pi / (4 - pi)): mean over standard deviation of a Rayleigh variable. */
  static final double RAYLEIGH_MEAN_OVER_STD = Math.sqrt(Math.PI / (4 - Math.PI));

  /** The probe's settings with the time-gain compensation cancelling muscle's attenuation. */
  static ScannerSettings compensatedForMuscle() {
    return new ScannerSettings(
        0.1, 10, Tissue.MUSCLE.attenuationDbPerCmMHz(), 15, 0.25, 0.5, 0.02, 60, -55, 100);
  }

  @Test
  void envelope_homogeneousTissue_isRayleigh() {
    var synthesis = new EchoSynthesis(compensatedForMuscle(), COLUMNS, ROWS);
    var map = new TissueMap(synthesis.mapColumns(), ROWS, Tissue.MUSCLE);
    float[] envelope = synthesis.envelope(map, new SpeckleField(map.columns(), ROWS, 11), 0, 0, 0);
    // Away from the edges the point spread reaches past (and the first rows, where it is cut).
    var stats = new SummaryStatistics();
    for (int r = 20; r < ROWS - 20; r++) {
      for (int c = 20; c < COLUMNS - 20; c++) {
        stats.addValue(envelope[r * COLUMNS + c]);
      }
    }
    LOG.info(
        "homogeneous muscle: envelope mean / std = {} over {} pixels (Rayleigh {})",
        stats.getMean() / stats.getStandardDeviation(),
        stats.getN(),
        RAYLEIGH_MEAN_OVER_STD);
    assertEquals(1.913, RAYLEIGH_MEAN_OVER_STD, 0.001);
    assertEquals(
        RAYLEIGH_MEAN_OVER_STD,
        stats.getMean() / stats.getStandardDeviation(),
        0.04,
        "mean / std of the envelope in homogeneous tissue");
  }

  @Test
  void envelope_withoutTimeGainCompensation_fallsAtTwoF0AlphaDbPerCm() {
    var settings = new ScannerSettings(0.1, 10, 0, 15, 0.25, 0.5, 0.0, 60, -55, 100);
    var synthesis = new EchoSynthesis(settings, COLUMNS, ROWS);
    var map = new TissueMap(synthesis.mapColumns(), ROWS, Tissue.MUSCLE);
    float[] envelope = synthesis.envelope(map, new SpeckleField(map.columns(), ROWS, 12), 0, 0, 0);
    var fit = new SimpleRegression();
    for (int r = 20; r < ROWS - 20; r++) {
      double power = 0;
      for (int c = 0; c < COLUMNS; c++) {
        power += envelope[r * COLUMNS + c] * (double) envelope[r * COLUMNS + c];
      }
      double depthCm = r * 0.01;
      fit.addData(depthCm, 10 * Math.log10(power / COLUMNS));
    }
    LOG.info("muscle without TGC: {} dB per cm (expected -20)", fit.getSlope());
    // A = 10^(-2 f0 alpha z / 20): 2 x 10 MHz x 1.0 dB/cm/MHz = 20 dB per cm of depth.
    assertEquals(-20, fit.getSlope(), 0.6, "dB per cm");
  }

  @Test
  void bone_shadowsMoreThan40DbUnderItsSurface() {
    var synthesis = new EchoSynthesis(ScannerSettings.linearProbe(15, 0.65), COLUMNS, ROWS);
    var map = new TissueMap(synthesis.mapColumns(), ROWS, Tissue.MUSCLE);
    int surface = 150;
    for (int r = surface; r < ROWS; r++) {
      for (int c = 0; c < map.columns(); c++) {
        map.set(r, c, Tissue.BONE);
      }
    }
    float[] envelope = synthesis.envelope(map, new SpeckleField(map.columns(), ROWS, 13), 0, 0, 0);
    double above = meanPower(envelope, surface - 50, surface - 10, 0, COLUMNS);
    double below = meanPower(envelope, surface + 30, surface + 80, 0, COLUMNS);
    double shadowDb = 10 * Math.log10(above / below);
    LOG.info("bone: {} dB less 3-8 mm under its surface than 1-5 mm above", shadowDb);
    assertTrue(shadowDb > 40, "shadow " + shadowDb + " dB");
  }

  @Test
  void vessel_brightensTheTissueUnderIt() {
    var synthesis = new EchoSynthesis(compensatedForMuscle(), COLUMNS, ROWS);
    var map = new TissueMap(synthesis.mapColumns(), ROWS, Tissue.MUSCLE);
    int centreColumn = synthesis.margin() + COLUMNS / 2;
    int centreRow = 100;
    int radius = 25;
    for (int r = centreRow - radius; r <= centreRow + radius; r++) {
      for (int c = centreColumn - radius; c <= centreColumn + radius; c++) {
        if (Math.hypot(r - centreRow, c - centreColumn) <= radius) {
          map.set(r, c, Tissue.BLOOD);
        }
      }
    }
    float[] envelope = synthesis.envelope(map, new SpeckleField(map.columns(), ROWS, 14), 0, 0, 0);
    int imageCentre = COLUMNS / 2;
    double under = meanPower(envelope, 140, 260, imageCentre - 12, imageCentre + 12);
    double beside = meanPower(envelope, 140, 260, 10, 60);
    double gainDb = 10 * Math.log10(under / beside);
    // Blood attenuates 0.15 dB/cm/MHz against muscle's 1.0: the 5 mm crossed at the middle,
    // both ways at 10 MHz, gives 2 x 10 x 0.85 x 0.5 = 8.5 dB; the columns near the middle
    // cross a little less.
    LOG.info("5 mm vessel: {} dB brighter under it than beside it", gainDb);
    assertTrue(gainDb > 5 && gainDb < 9.5, "enhancement under the vessel " + gainDb + " dB");
  }

  @Test
  void interfaceEcho_scalesWithTheSquareRootOfR() {
    var synthesis = new EchoSynthesis(compensatedForMuscle(), COLUMNS, ROWS);
    double bone = interfacePeak(synthesis, Tissue.MUSCLE, Tissue.BONE);
    // The same tissue above both, so that both echoes crossed the same attenuation.
    double fascia = interfacePeak(synthesis, Tissue.MUSCLE, Tissue.FAT);
    double expected =
        Math.sqrt(Tissue.MUSCLE.reflectionTo(Tissue.BONE) / Tissue.MUSCLE.reflectionTo(Tissue.FAT));
    assertEquals(0.347, Tissue.MUSCLE.reflectionTo(Tissue.BONE), 0.002, "muscle to bone R");
    LOG.info(
        "muscle-bone echo {} dB over muscle-fat (sqrt(R) ratio {} dB)",
        20 * Math.log10(bone / fascia),
        20 * Math.log10(expected));
    assertEquals(20 * Math.log10(expected), 20 * Math.log10(bone / fascia), 1.5, "dB");
  }

  @Test
  void interfaceEcho_obliqueIsWeakerThanPerpendicular() {
    var synthesis = new EchoSynthesis(compensatedForMuscle(), COLUMNS, ROWS);
    var flat = new TissueMap(synthesis.mapColumns(), ROWS, Tissue.FAT);
    var tilted = new TissueMap(synthesis.mapColumns(), ROWS, Tissue.FAT);
    for (int c = 0; c < flat.columns(); c++) {
      for (int r = 0; r < ROWS; r++) {
        if (r >= 150) {
          flat.set(r, c, Tissue.BONE);
        }
        // 45 degrees: one row down per column, row 0 under image column 0.
        if (r >= c - synthesis.margin()) {
          tilted.set(r, c, Tissue.BONE);
        }
      }
    }
    var speckle = new SpeckleField(flat.columns(), ROWS, 15);
    double perpendicular = maxPerColumn(synthesis.envelope(flat, speckle, 0, 0, 0));
    double oblique = maxPerColumn(synthesis.envelope(tilted, speckle, 0, 0, 0));
    assertTrue(oblique < 0.5 * perpendicular, oblique + " against " + perpendicular);
  }

  /** The mean over columns of the brightest echo down each column, near the interface. */
  private static double interfacePeak(EchoSynthesis synthesis, Tissue above, Tissue below) {
    var map = new TissueMap(synthesis.mapColumns(), ROWS, above);
    for (int r = 150; r < ROWS; r++) {
      for (int c = 0; c < map.columns(); c++) {
        map.set(r, c, below);
      }
    }
    // Unit texture, no speckle below the interface in the bone case: the echo dominates.
    float[] envelope = synthesis.envelope(map, new SpeckleField(map.columns(), ROWS, 16), 0, 0, 0);
    double sum = 0;
    for (int c = 0; c < COLUMNS; c++) {
      double peak = 0;
      for (int r = 145; r <= 155; r++) {
        peak = Math.max(peak, envelope[r * COLUMNS + c]);
      }
      sum += peak;
    }
    return sum / COLUMNS;
  }

  private static double maxPerColumn(float[] envelope) {
    double sum = 0;
    for (int c = 40; c < COLUMNS - 40; c++) {
      double peak = 0;
      for (int r = 0; r < ROWS; r++) {
        peak = Math.max(peak, envelope[r * COLUMNS + c]);
      }
      sum += peak;
    }
    return sum / (COLUMNS - 80);
  }

  private static double meanPower(float[] envelope, int row0, int row1, int column0, int column1) {
    double sum = 0;
    int n = 0;
    for (int r = row0; r < row1; r++) {
      for (int c = column0; c < column1; c++) {
        sum += envelope[r * COLUMNS + c] * (double) envelope[r * COLUMNS + c];
        n++;
      }
    }
    return sum / n;
  }
}
