package org.cryows.imaging.adapter;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.StoredSamples;

/**
 * 8-bit JPEG baseline and extended frames through the JDK's JPEG reader (IJG libjpeg), read as a
 * raster: samples come out in the colour space they were encoded in, chroma upsampled, with no
 * colour conversion guessed from JFIF or Adobe markers. The DICOM photometric decides instead: RGB
 * stays RGB, YBR_FULL and YBR_FULL_422 become YBR_FULL (full resolution now), and the display
 * converts to RGB. This matches dcmtk's {@code dcmdjpeg +cn}.
 */
final class JpegRasterFrameDecoder implements FrameDecoder {

  private final String codecName;
  private final PixelDescription description;

  JpegRasterFrameDecoder(String codecName, PixelDescription description) {
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
    ImageReader reader = jdkJpegReader();
    Raster raster;
    try (ImageInputStream in =
        ImageIO.createImageInputStream(new ByteArrayInputStream(codestream))) {
      reader.setInput(in, true, true);
      raster = reader.readRaster(0, null);
    } catch (Exception e) {
      throw new CodecException(codecName + " failed: " + DicomHeaders.describe(e), e);
    } finally {
      reader.dispose();
    }
    int[] samples = DecodedRasters.checkedSamples(raster, d, codecName);
    StoredSamples.normalise(
        samples, 8, Math.min(8, d.bitsStored()), Math.min(8, d.bitsStored()) - 1, d.signed());
    String photometric =
        d.photometric().startsWith("YBR_FULL") || "YBR_PARTIAL_420".equals(d.photometric())
            ? "YBR_FULL"
            : d.photometric();
    return d.frame(photometric, samples);
  }

  private static final ImageReaderSpi JDK_JPEG = findJdkJpeg();

  /** The JDK's own reader: PixelMed's lossless reader also answers to "jpeg". */
  private static ImageReaderSpi findJdkJpeg() {
    return DecodedRasters.readerProvider("jpeg", "com.sun.imageio.plugins.jpeg");
  }

  private static ImageReader jdkJpegReader() throws CodecException {
    if (JDK_JPEG == null) {
      throw new CodecException("no ImageIO JPEG reader is installed");
    }
    try {
      return JDK_JPEG.createReaderInstance();
    } catch (java.io.IOException e) {
      throw new CodecException("cannot create the JPEG reader: " + e.getMessage(), e);
    }
  }
}
