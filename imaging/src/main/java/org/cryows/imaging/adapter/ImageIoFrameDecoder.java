package org.cryows.imaging.adapter;

import com.pixelmed.dicom.CompressedFrameDecoder;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.StoredSamples;

/**
 * JPEG lossless frames through PixelMed's {@link CompressedFrameDecoder} and the ImageIO reader it
 * selects (PixelMed's lossless JPEG reader, pixelmed-imageio). A new decoder per frame: PixelMed's
 * keeps per-image state, and frames are decoded from several threads.
 */
final class ImageIoFrameDecoder implements FrameDecoder {

  private final String transferSyntaxUid;
  private final String codecName;
  private final PixelDescription description;

  ImageIoFrameDecoder(String transferSyntaxUid, String codecName, PixelDescription description) {
    this.transferSyntaxUid = transferSyntaxUid;
    this.codecName = codecName;
    this.description = description;
  }

  @Override
  public String codec() {
    return codecName;
  }

  @Override
  public Frame decode(byte[] codestream, int frameIndex) throws CodecException {
    PixelDescription d = description;
    BufferedImage image;
    boolean convertedToRgb;
    try {
      CompressedFrameDecoder decoder =
          new CompressedFrameDecoder(
              transferSyntaxUid,
              d.bitsAllocated() > 8 ? 2 : 1,
              d.columns(),
              d.rows(),
              d.samplesPerPixel(),
              ColorSpace.getInstance(
                  d.samplesPerPixel() == 3 ? ColorSpace.CS_sRGB : ColorSpace.CS_GRAY));
      image = decoder.getDecompressedFrameAsBufferedImage(codestream);
      convertedToRgb = decoder.getColorSpaceConvertedToRGBDuringDecompression();
      try {
        decoder.dispose();
      } catch (Throwable ignored) {
        // releasing the ImageIO reader cannot fail in a way that matters to the decoded frame
      }
    } catch (Exception e) {
      throw new CodecException(codecName + " failed: " + DicomHeaders.describe(e), e);
    }
    if (image == null) {
      throw new CodecException(codecName + " returned no image");
    }
    Raster raster = image.getRaster();
    int[] samples = DecodedRasters.checkedSamples(raster, d, codecName);
    int bitsAllocated = d.bitsAllocated() > 8 ? 16 : 8;
    StoredSamples.normalise(samples, bitsAllocated, d.bitsStored(), d.bitsStored() - 1, d.signed());
    return d.frame(photometricAfterDecoding(d.photometric(), convertedToRgb), samples);
  }

  /**
   * The color space of the decoded samples: RGB when the reader converted; YBR_FULL for
   * YBR_FULL_422 kept as decoded, since the reader has already upsampled the chroma.
   */
  private String photometricAfterDecoding(String photometric, boolean convertedToRgb) {
    if (description.samplesPerPixel() != 3) {
      return photometric;
    }
    if (convertedToRgb) {
      return "RGB";
    }
    return "YBR_FULL_422".equals(photometric) || "YBR_PARTIAL_420".equals(photometric)
        ? "YBR_FULL"
        : photometric;
  }
}
