package org.cryows.imaging.adapter;

import gdcm.BoxRegion;
import gdcm.ImageRegionReader;
import gdcm.PixelFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.StoredSamples;

/**
 * JPEG-LS (and 12-bit extended JPEG) through GDCM's Java binding. GDCM reads a one-frame file
 * written by {@link SingleFrameFile} from this frame's codestream and the checked description,
 * never the original file (a malformed header can abort GDCM's native parser), so one frame costs
 * one frame's decoding. GDCM calls are serialised: its dictionaries are set up lazily in native
 * code, which is not safe to race.
 */
final class GdcmFrameDecoder implements FrameDecoder {

  private static final Object LOCK = new Object();

  private final String transferSyntaxUid;
  private final String codecName;
  private final PixelDescription description;

  GdcmFrameDecoder(String transferSyntaxUid, String codecName, PixelDescription description) {
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
    GdcmLibrary.requireLoaded(codecName);
    PixelDescription d = description;
    Path file;
    try {
      file = Files.createTempFile("frame-", ".dcm");
      Files.write(file, SingleFrameFile.write(d, transferSyntaxUid, codestream));
    } catch (IOException e) {
      throw new CodecException(
          codecName + ": cannot write the frame for GDCM: " + e.getMessage(), e);
    }
    try {
      synchronized (LOCK) {
        return decode(file, d);
      }
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }

  private Frame decode(Path file, PixelDescription d) throws CodecException {
    byte[] buffer;
    int planar;
    String photometric;
    int bitsAllocated;
    ImageRegionReader reader = new ImageRegionReader();
    BoxRegion box = new BoxRegion();
    try {
      reader.SetFileName(file.toString());
      if (!reader.ReadInformation()) {
        throw new CodecException(codecName + " could not read the file's header");
      }
      box.SetDomain(0, d.columns() - 1, 0, d.rows() - 1, 0, 0);
      reader.SetRegion(box);
      long length = reader.ComputeBufferLength();
      long expected = d.samplesPerFrame() * (d.bitsAllocated() > 8 ? 2 : 1);
      if (length != expected) {
        throw new CodecException(
            codecName + " would return " + length + " bytes for a frame of " + expected);
      }
      buffer = new byte[(int) length];
      if (!reader.ReadIntoBuffer(buffer, length)) {
        throw new CodecException(codecName + " could not decode the frame");
      }
      gdcm.Image image = reader.GetImage();
      planar = (int) image.GetPlanarConfiguration();
      photometric = image.GetPhotometricInterpretation().GetString().strip();
      PixelFormat format = image.GetPixelFormat();
      bitsAllocated = format.GetBitsAllocated();
    } finally {
      box.delete();
      reader.delete();
    }
    int count = (int) d.samplesPerFrame();
    int[] samples = new int[count];
    if (bitsAllocated > 8) {
      for (int i = 0; i < count; i++) {
        samples[i] = (buffer[2 * i] & 0xFF) | (buffer[2 * i + 1] & 0xFF) << 8;
      }
    } else {
      for (int i = 0; i < count; i++) {
        samples[i] = buffer[i] & 0xFF;
      }
    }
    if (planar == 1 && d.samplesPerPixel() > 1) {
      samples = StoredSamples.interleave(samples, d.samplesPerPixel());
    }
    StoredSamples.normalise(
        samples, bitsAllocated > 8 ? 16 : 8, d.bitsStored(), d.bitsStored() - 1, d.signed());
    return d.frame(photometric.isEmpty() ? d.photometric() : photometric, samples);
  }
}
