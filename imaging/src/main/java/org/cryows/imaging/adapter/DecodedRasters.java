package org.cryows.imaging.adapter;

import java.awt.image.Raster;
import org.cryows.imaging.adapter.FrameDecoder.CodecException;
import org.cryows.imaging.pixels.PixelDescription;

/** What the ImageIO-based decoders share: a decoded raster checked against the header. */
final class DecodedRasters {

  private DecodedRasters() {}

  /**
   * The raster's samples, interleaved, once its size and band count are those the header declares;
   * a codestream describing another image is refused rather than cropped or padded.
   */
  static int[] checkedSamples(Raster raster, PixelDescription d, String codec)
      throws CodecException {
    if (raster.getWidth() != d.columns()
        || raster.getHeight() != d.rows()
        || raster.getNumBands() != d.samplesPerPixel()) {
      throw new CodecException(
          codec
              + " decoded "
              + raster.getWidth()
              + " x "
              + raster.getHeight()
              + " x "
              + raster.getNumBands()
              + ", the header declares "
              + d.columns()
              + " x "
              + d.rows()
              + " x "
              + d.samplesPerPixel());
    }
    return raster.getPixels(0, 0, d.columns(), d.rows(), (int[]) null);
  }
}
