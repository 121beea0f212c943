package org.cryows.imaging.adapter;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.StoredSamples;

/**
 * JPEG 2000 frames through jai-imageio's reader (the one PixelMed selects), read from memory. The
 * multiple component transform is inverted by the decoder: YBR_ICT and YBR_RCT frames come out as
 * RGB. The decoder can loop forever on a corrupt packet, so it runs under {@link TimeBoundDecoder}.
 */
final class Jpeg2000FrameDecoder implements FrameDecoder {

  private static final ImageReaderSpi JAI_J2K = findReader();

  private final PixelDescription description;

  Jpeg2000FrameDecoder(PixelDescription description) {
    this.description = description;
  }

  @Override
  public String codec() {
    return "JPEG 2000 (jai-imageio-jpeg2000)";
  }

  private static ImageReaderSpi findReader() {
    return DecodedRasters.readerProvider("jpeg2000", "com.github.jaiimageio");
  }

  @Override
  public Frame decode(byte[] codestream, int frameIndex) throws CodecException {
    if (JAI_J2K == null) {
      throw new CodecException("no JPEG 2000 ImageIO reader (jai-imageio-jpeg2000) is installed");
    }
    PixelDescription d = description;
    BufferedImage image;
    ImageReader reader = null;
    try (ImageInputStream in =
        new MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(codestream))) {
      reader = JAI_J2K.createReaderInstance();
      reader.setInput(in, true, true);
      image = reader.read(0);
    } catch (Exception e) {
      throw new CodecException(codec() + " failed: " + DicomHeaders.describe(e), e);
    } finally {
      if (reader != null) {
        reader.dispose();
      }
    }
    Raster raster = image.getRaster();
    int[] samples = DecodedRasters.checkedSamples(raster, d, codec());
    StoredSamples.normalise(
        samples, d.bitsAllocated() > 8 ? 16 : 8, d.bitsStored(), d.bitsStored() - 1, d.signed());
    String photometric =
        "YBR_ICT".equals(d.photometric()) || "YBR_RCT".equals(d.photometric())
            ? "RGB"
            : d.photometric();
    return d.frame(photometric, samples);
  }
}
