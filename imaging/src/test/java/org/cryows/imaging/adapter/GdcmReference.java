package org.cryows.imaging.adapter;

import gdcm.ImageReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.StoredSamples;

/** GDCM's decoding of a whole file (OpenJPEG for JPEG 2000), as a reference for comparisons. */
final class GdcmReference {

  private GdcmReference() {}

  static List<Frame> decode(Path file, PixelDescription d) throws Exception {
    GdcmLibrary.requireLoaded("GDCM reference");
    ImageReader reader = new ImageReader();
    reader.SetFileName(file.toString());
    if (!reader.Read()) {
      throw new AssertionError("GDCM cannot read " + file);
    }
    gdcm.Image image = reader.GetImage();
    byte[] buffer = new byte[(int) image.GetBufferLength()];
    if (!image.GetBuffer(buffer)) {
      throw new AssertionError("GDCM cannot decode " + file);
    }
    int bytes = image.GetPixelFormat().GetBitsAllocated() > 8 ? 2 : 1;
    boolean planar = image.GetPlanarConfiguration() == 1;
    int perFrame = (int) d.samplesPerFrame();
    List<Frame> frames = new ArrayList<>();
    for (int f = 0; f < d.frames(); f++) {
      int[] samples = new int[perFrame];
      for (int i = 0; i < perFrame; i++) {
        int at = (f * perFrame + i) * bytes;
        samples[i] =
            bytes == 2 ? (buffer[at] & 0xFF) | (buffer[at + 1] & 0xFF) << 8 : buffer[at] & 0xFF;
      }
      if (planar && d.samplesPerPixel() > 1) {
        samples = StoredSamples.interleave(samples, d.samplesPerPixel());
      }
      StoredSamples.normalise(samples, bytes * 8, d.bitsStored(), d.bitsStored() - 1, d.signed());
      frames.add(
          new Frame(
              d.rows(),
              d.columns(),
              d.samplesPerPixel(),
              image.GetPhotometricInterpretation().GetString().strip(),
              d.bitsStored(),
              d.signed(),
              samples));
    }
    reader.delete();
    return frames;
  }
}
