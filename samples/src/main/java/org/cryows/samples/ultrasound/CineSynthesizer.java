package org.cryows.samples.ultrasound;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.util.FastMath;

/**
 * Makes a cine of a {@link Scene}: the world label map and the speckle once, then per frame the
 * probe's place, the pulsing arteries, one {@link EchoSynthesis} frame; then noise and log
 * compression over the whole cine ({@link BModeDisplay}).
 */
public final class CineSynthesizer {
  private CineSynthesizer() {}

  public static SynthesizedCine synthesize(Scene scene, ScannerSettings settings, CineSpec spec) {
    double px = settings.pixelMm();
    int columns = (int) Math.round(scene.widthMm() / px);
    int rows = (int) Math.round(scene.depthMm() / px);
    var synthesis = new EchoSynthesis(settings, columns, rows);
    int margin = synthesis.margin();
    int sweepColumns = (int) Math.ceil(spec.sweepMm() / px) + 2;
    int originColumn = margin + sweepColumns;
    var world = new TissueMap(columns + 2 * originColumn, rows, Tissue.GEL);
    scene.paintWorld(world, originColumn, px);
    var speckle = new SpeckleField(world.columns(), rows, spec.seed());
    var window = new TissueMap(synthesis.mapColumns(), rows, Tissue.GEL);

    List<float[]> envelopes = new ArrayList<>();
    List<FrameTruth> truth = new ArrayList<>();
    for (int f = 0; f < spec.frames(); f++) {
      double t = spec.timeMs(f);
      double offsetPx = spec.probeOffsetMm(t) / px;
      int whole = (int) Math.floor(offsetPx);
      double fraction = offsetPx - whole;
      int first = originColumn + whole - margin;
      window.copyColumnsFrom(world, first);
      double pulse = spec.pulseWave(t);
      scene.paintVessels(window, (first - originColumn) * px, px, pulse);
      int slide = (int) Math.round(spec.pleuraSlideMm(t) / px);
      envelopes.add(synthesis.envelope(window, speckle, first, fraction, slide));
      truth.add(scene.truth(f + 1, t, spec.probeOffsetMm(t), pulse));
    }

    double brightest = BModeDisplay.percentile(envelopes, BModeDisplay.REFERENCE_PERCENTILE);
    double noiseRms = brightest * FastMath.pow(10, settings.noiseFloorDb() / 20);
    BModeDisplay.addNoise(envelopes, noiseRms, spec.seed() + 1);
    double reference = BModeDisplay.percentile(envelopes, BModeDisplay.REFERENCE_PERCENTILE);
    List<byte[]> frames = new ArrayList<>();
    for (float[] envelope : envelopes) {
      frames.add(BModeDisplay.compress(envelope, reference, settings.dynamicRangeDb()));
    }
    return new SynthesizedCine(columns, rows, px, spec, frames, truth, reference, noiseRms);
  }
}
