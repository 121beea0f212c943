package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cryows.imaging.adapter.FrameDecoder.CodecException;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * Frames of encapsulated pixel data: each frame's fragments are read and handed to the codec alone,
 * so one frame costs one frame's decoding. Any failure of the codec, including a runtime exception
 * or error thrown by a library on corrupt data, becomes a {@link DicomReadException} naming the
 * frame, the transfer syntax and the codec.
 */
final class EncapsulatedFrameSource implements FrameSource {

  private final Path file;
  private final ByteSource bytes;
  private final List<List<PixelDataLayout.Fragment>> frames;
  private final PixelDescription description;
  private final TransferSyntax syntax;
  private final FrameDecoder decoder;
  private final boolean checkCodestream;

  EncapsulatedFrameSource(
      Path file,
      ByteSource bytes,
      List<List<PixelDataLayout.Fragment>> frames,
      PixelDescription description,
      TransferSyntax syntax,
      FrameDecoder decoder) {
    this.file = file;
    this.bytes = bytes;
    this.frames = List.copyOf(frames);
    this.description = description;
    this.syntax = syntax;
    this.decoder = decoder;
    this.checkCodestream = !TransferSyntax.RLE_LOSSLESS.equals(syntax.uid());
  }

  @Override
  public int frameCount() {
    return frames.size();
  }

  @Override
  public Frame frame(int index) throws DicomReadException {
    DicomImages.checkIndex(file, index, frameCount());
    String where =
        "frame "
            + (index + 1)
            + " of "
            + frames.size()
            + " ("
            + syntax
            + ", "
            + decoder.codec()
            + ")";
    byte[] codestream;
    try {
      codestream = read(frames.get(index));
    } catch (IOException e) {
      throw new DicomReadException(
          file, where + ": cannot read its fragments: " + e.getMessage(), e);
    }
    try {
      if (checkCodestream) {
        CodestreamHeader header = CodestreamHeader.read(codestream);
        header.check(description.rows(), description.columns(), description.samplesPerPixel());
        if (header.start() > 0) {
          codestream = Arrays.copyOfRange(codestream, header.start(), codestream.length);
        }
      }
      return decoder.decode(codestream, index);
    } catch (CodecException e) {
      throw new DicomReadException(file, where + ": " + e.getMessage(), e);
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      throw new DicomReadException(
          file, where + ": the decoder failed on this data: " + DicomHeaders.describe(e), e);
    }
  }

  private byte[] read(List<PixelDataLayout.Fragment> fragments) throws IOException {
    long total = 0;
    for (PixelDataLayout.Fragment f : fragments) {
      total += f.length();
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IOException(
          "the frame's fragments hold " + total + " bytes, too many for one frame");
    }
    byte[] data = new byte[(int) total];
    int at = 0;
    for (PixelDataLayout.Fragment f : fragments) {
      bytes.read(f.valueOffset(), data, at, f.length());
      at += f.length();
    }
    return data;
  }
}
