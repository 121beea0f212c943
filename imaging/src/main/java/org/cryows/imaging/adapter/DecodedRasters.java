package org.cryows.imaging.adapter;

import java.awt.image.Raster;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
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

  /**
   * The ImageIO reader provider for {@code format} whose class lies in {@code preferredPackage},
   * else the first one found, else null: several plug-ins answer to the same format name.
   */
  static ImageReaderSpi readerProvider(String format, String preferredPackage) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    ImageReaderSpi fallback = null;
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      ImageReaderSpi spi = reader.getOriginatingProvider();
      reader.dispose();
      if (spi != null && spi.getClass().getName().startsWith(preferredPackage)) {
        return spi;
      }
      fallback = fallback == null ? spi : fallback;
    }
    return fallback;
  }
}
