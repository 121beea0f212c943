package org.cryows.samples.ultrasound;

import java.util.List;

/**
 * A synthesised cine: its 8-bit grey frames (the calibrated region only, columns x rows, row by
 * row) and the truth of each frame.
 *
 * @param pixelMm the region's pixel size
 * @param referenceEnvelope E_ref, the envelope shown as white
 * @param noiseRms the noise floor's rms, in envelope units
 */
public record SynthesizedCine(
    int columns,
    int rows,
    double pixelMm,
    CineSpec spec,
    List<byte[]> frames,
    List<FrameTruth> truth,
    double referenceEnvelope,
    double noiseRms) {

  public SynthesizedCine {
    frames = frames.stream().map(byte[]::clone).toList();
    truth = List.copyOf(truth);
    if (frames.size() != spec.frames() || truth.size() != spec.frames()) {
      throw new IllegalArgumentException("one frame and one truth per frame of the spec");
    }
  }

  /** Frame {@code index} (from 0), a copy. */
  public byte[] frame(int index) {
    return frames.get(index).clone();
  }
}
