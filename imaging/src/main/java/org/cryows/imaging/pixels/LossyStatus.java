package org.cryows.imaging.pixels;

import java.util.List;

/**
 * Whether the pixels have been through lossy compression: declared by Lossy Image Compression
 * (0028,2110) with its ratios and methods, or implied by a lossy transfer syntax of this file.
 */
public record LossyStatus(
    boolean declaredLossy, List<Double> ratios, List<String> methods, boolean lossyTransferSyntax) {

  public LossyStatus {
    ratios = List.copyOf(ratios);
    methods = List.copyOf(methods);
  }

  /** True when either the header or the transfer syntax says information was lost. */
  public boolean lossy() {
    return declaredLossy || lossyTransferSyntax;
  }
}
