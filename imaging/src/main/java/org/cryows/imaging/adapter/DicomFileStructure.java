package org.cryows.imaging.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.cryows.imaging.adapter.DataSetWalker.LayoutException;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * The physical structure of a DICOM file (PS3.10 7.1): preamble, "DICM", the File Meta Information
 * with the transfer syntax, then the data set, inflated first when the syntax is deflated. Files
 * without meta information are read as the encoding of their first element suggests.
 */
final class DicomFileStructure {

  /** A deflated data set larger than this is refused rather than inflated into memory. */
  static final long MAX_INFLATED_BYTES = 512L << 20;

  private DicomFileStructure() {}

  /** The data set's bytes, where they start, and its transfer syntax. */
  record Structure(ByteSource bytes, long datasetStart, TransferSyntax syntax, boolean hasMeta) {}

  static Structure read(Path file) throws IOException, LayoutException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      DataSetWalker.Reader reader =
          (pos, into, off, len) -> ByteSource.FileBytes.readFully(channel, pos, into, off, len);
      byte[] head = new byte[(int) Math.min(size, 140)];
      reader.read(0, head, 0, head.length);
      boolean meta =
          head.length >= 132 && new String(head, 128, 4, StandardCharsets.US_ASCII).equals("DICM");
      if (!meta) {
        TransferSyntax guessed = guess(head);
        return new Structure(new ByteSource.FileBytes(file, 0, size), 0, guessed, false);
      }
      MetaInformation info = readMeta(reader, size);
      TransferSyntax syntax = TransferSyntax.of(info.transferSyntaxUid);
      if (syntax.deflated()) {
        byte[] inflated = inflate(channel, info.datasetStart, size);
        return new Structure(new ByteSource.MemoryBytes(inflated), 0, syntax, true);
      }
      return new Structure(
          new ByteSource.FileBytes(file, 0, size), info.datasetStart, syntax, true);
    }
  }

  private record MetaInformation(String transferSyntaxUid, long datasetStart) {}

  private static MetaInformation readMeta(DataSetWalker.Reader reader, long size)
      throws IOException, LayoutException {
    long pos = 132;
    String syntax = null;
    byte[] h = new byte[12];
    while (pos + 8 <= size) {
      reader.read(pos, h, 0, 8);
      int group = (h[0] & 0xFF) | (h[1] & 0xFF) << 8;
      if (group != 0x0002) {
        break;
      }
      int element = (h[2] & 0xFF) | (h[3] & 0xFF) << 8;
      String vr = new String(h, 4, 2, StandardCharsets.US_ASCII);
      long length;
      long value;
      if (vr.equals("OB") || vr.equals("UN") || vr.equals("SQ") || vr.equals("UT")) {
        reader.read(pos + 8, h, 8, 4);
        length =
            (h[8] & 0xFFL) | (h[9] & 0xFFL) << 8 | (h[10] & 0xFFL) << 16 | (h[11] & 0xFFL) << 24;
        value = pos + 12;
      } else {
        length = (h[6] & 0xFF) | (h[7] & 0xFF) << 8;
        value = pos + 8;
      }
      if (value + length > size) {
        throw new LayoutException(
            String.format(
                "File Meta Information element (0002,%04X) declares %d bytes past the end of the"
                    + " file",
                element, length));
      }
      if (element == 0x0010) {
        if (length > 64) {
          throw new LayoutException("Transfer Syntax UID (0002,0010) is " + length + " bytes long");
        }
        byte[] text = new byte[(int) length];
        reader.read(value, text, 0, text.length);
        syntax = new String(text, StandardCharsets.US_ASCII).replace("\0", "").strip();
      }
      pos = value + length;
    }
    if (syntax == null || syntax.isEmpty()) {
      throw new LayoutException("the File Meta Information has no Transfer Syntax UID (0002,0010)");
    }
    return new MetaInformation(syntax, pos);
  }

  /** A file without meta information: explicit or implicit VR, little or big endian. */
  private static TransferSyntax guess(byte[] head) {
    if (head.length < 8) {
      return TransferSyntax.of(TransferSyntax.IMPLICIT_LITTLE_ENDIAN);
    }
    int groupLittle = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
    int groupBig = (head[0] & 0xFF) << 8 | (head[1] & 0xFF);
    boolean explicit = DataSetWalker.isVr(new String(head, 4, 2, StandardCharsets.US_ASCII));
    if (groupBig < groupLittle && groupBig != 0 && groupBig <= 0x0010 && explicit) {
      return TransferSyntax.of(TransferSyntax.EXPLICIT_BIG_ENDIAN);
    }
    return TransferSyntax.of(
        explicit ? TransferSyntax.EXPLICIT_LITTLE_ENDIAN : TransferSyntax.IMPLICIT_LITTLE_ENDIAN);
  }

  private static byte[] inflate(FileChannel channel, long start, long size)
      throws IOException, LayoutException {
    channel.position(start);
    InputStream in = Channels.newInputStream(channel);
    Inflater inflater = new Inflater(true);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] input = new byte[65536];
      byte[] output = new byte[65536];
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          int n = in.read(input);
          if (n < 0) {
            break; // a cut deflated stream: walk what was inflated; the walker reports the cut
          }
          inflater.setInput(input, 0, n);
        }
        int produced = inflater.inflate(output);
        out.write(output, 0, produced);
        if (out.size() > MAX_INFLATED_BYTES) {
          throw new LayoutException(
              "the deflated data set inflates to more than " + (MAX_INFLATED_BYTES >> 20) + " MB");
        }
        if (produced == 0 && inflater.needsDictionary()) {
          throw new LayoutException("the deflated data set needs a preset dictionary");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new LayoutException("the deflated data set is corrupt: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }
}
