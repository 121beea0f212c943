package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.adapter.DataSetWalker.LayoutException;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.FrameSource;
import org.cryows.imaging.pixels.FrameStatus;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * Opens DICOM image files: reads the header, locates the pixel data without reading it, checks
 * every declared size against the file, and chooses the decoder for the transfer syntax (see
 * imaging/docs/conformance.md). Frames are decoded only when asked for.
 *
 * <p>Failures are {@link DicomReadException}s: a file that is not DICOM, has no pixel data (reason
 * starts with {@value #NO_PIXEL_DATA}), or whose pixel description or layout is inconsistent fails
 * here; a frame whose codec is unsupported or whose data is corrupt fails when it is asked for.
 */
public final class DicomImages {

  /** The start of the reason given for an object without pixel data (a plan, a report). */
  public static final String NO_PIXEL_DATA = "no pixel data";

  /** Frames larger than this many samples are refused rather than allocated. */
  static final long MAX_SAMPLES_PER_FRAME = 1L << 27;

  /**
   * More frames than this are not believed: an hour of cine at 60 frames a second is 216,000. The
   * bound keeps a lying Number of Frames from costing memory in frame statuses.
   */
  static final int MAX_FRAMES = 1 << 20;

  static {
    // Frames are decoded from memory; ImageIO's default disk cache would write a file per frame.
    javax.imageio.ImageIO.setUseCache(false);
  }

  private DicomImages() {}

  /**
   * Opens the image in {@code file}: reads its header once, checks its pixel description and
   * locates its frames without decoding them.
   *
   * @throws DicomReadException when the file is not DICOM, holds no pixel data (the reason starts
   *     with {@value #NO_PIXEL_DATA}), or has nothing that can be shown
   */
  public static DicomImage open(Path file) throws DicomReadException {
    DicomFile read = read(file);
    return read.image()
        .orElseThrow(
            () ->
                new DicomReadException(
                    file,
                    NO_PIXEL_DATA
                        + ": "
                        + read.header()
                            .string(Tags.SOP_CLASS_UID)
                            .map(uid -> "SOP class " + uid)
                            .orElse("object")
                        + " is not an image"));
  }

  /**
   * Reads {@code file} once: its header, and its image when it holds pixel data. A file without
   * pixel data (a plan, a report, a DICOMDIR) gives its header and no image.
   *
   * @throws DicomReadException when the file is not DICOM, or holds pixel data of which nothing can
   *     be shown
   */
  public static DicomFile read(Path file) throws DicomReadException {
    if (!Files.isRegularFile(file)) {
      throw new DicomReadException(file, "not a readable file");
    }
    try {
      return readChecked(file);
    } catch (DicomReadException e) {
      throw e;
    } catch (DicomAttributeException e) {
      throw new DicomReadException(file, e.getMessage(), e);
    } catch (IOException e) {
      throw new DicomReadException(file, "cannot read: " + DicomHeaders.describe(e), e);
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      throw new DicomReadException(
          file, "the DICOM parser failed on this file: " + DicomHeaders.describe(e), e);
    }
  }

  private static DicomFile readChecked(Path file) throws IOException {
    DicomFileStructure.Structure structure;
    try {
      structure = DicomFileStructure.read(file);
    } catch (LayoutException e) {
      throw new DicomReadException(file, e.getMessage(), e);
    }
    // The walk checks every declared length against the file before PixelMed reads the header,
    // so the header parser never trusts a length that points past the end.
    TransferSyntax syntax = structure.syntax();
    PixelDataLayout layout;
    try {
      DataSetWalker walker = new DataSetWalker(structure.bytes()::read, structure.bytes().size());
      layout = walker.walk(structure.datasetStart(), syntax);
    } catch (LayoutException e) {
      if (e.getMessage().startsWith("no Pixel Data")) {
        // The whole data set was walked: its lengths are safe to parse.
        return new DicomFile(file, DicomHeaders.read(file), Optional.empty());
      }
      if (!structure.hasMeta()) {
        // Without "DICM" the file may not be DICOM at all: PixelMed's judgement comes first.
        DicomHeaders.read(file);
      }
      throw new DicomReadException(file, "data set: " + e.getMessage(), e);
    }
    DicomDataset header = DicomHeaders.read(file);
    return new DicomFile(file, header, Optional.of(image(file, header, structure, layout)));
  }

  private static DicomImage image(
      Path file,
      DicomDataset header,
      DicomFileStructure.Structure structure,
      PixelDataLayout layout)
      throws IOException {
    TransferSyntax syntax = structure.syntax();
    PixelDescription description = PixelDescription.of(header, syntax.uid());
    if (description.samplesPerFrame() > MAX_SAMPLES_PER_FRAME) {
      throw new DicomReadException(
          file,
          "a frame of "
              + description.rows()
              + " x "
              + description.columns()
              + " x "
              + description.samplesPerPixel()
              + " samples is larger than this workstation decodes ("
              + MAX_SAMPLES_PER_FRAME
              + ")");
    }
    if (description.frames() > MAX_FRAMES) {
      throw new DicomReadException(
          file,
          Tags.describe(Tags.NUMBER_OF_FRAMES)
              + ": "
              + description.frames()
              + " frames are more than this workstation opens ("
              + MAX_FRAMES
              + ")");
    }
    OpenedFrames opened =
        layout.encapsulated()
            ? encapsulated(file, structure.bytes(), layout, description, syntax)
            : nativeFrames(file, structure.bytes(), layout, description, syntax);
    if (opened.status().stream().noneMatch(FrameStatus::isPresent)) {
      String why =
          layout.damage().orElseGet(() -> ((FrameStatus.Missing) opened.status().get(0)).reason());
      throw new DicomReadException(file, "no frame can be shown: " + why);
    }
    return DicomImage.opened(
        file, header, description, syntax, opened.status(), opened.problems(), opened.source());
  }

  /**
   * The frames as located on opening: the source (refusing missing frames with their reason), the
   * status of each, and the problems of the pixel data beyond missing frames (damage that costs no
   * frame; no decoder for the transfer syntax).
   */
  private record OpenedFrames(
      FrameSource source, List<FrameStatus> status, List<ImageProblem> problems) {

    static OpenedFrames of(
        Path file, FrameSource source, List<FrameStatus> status, List<ImageProblem> problems) {
      FrameSource guarded =
          status.stream().allMatch(FrameStatus::isPresent)
              ? source
              : new MissingFramesSource(file, source, status);
      return new OpenedFrames(guarded, status, problems);
    }
  }

  private static OpenedFrames nativeFrames(
      Path file,
      ByteSource bytes,
      PixelDataLayout layout,
      PixelDescription description,
      TransferSyntax syntax)
      throws DicomReadException {
    if (description.bitsAllocated() > 32) {
      throw new DicomReadException(file, "BitsAllocated above 32 is not supported");
    }
    if (description.isSubsampled422()
        && (description.bitsAllocated() != 8 || description.columns() % 2 != 0)) {
      throw new DicomReadException(
          file,
          "native YBR_FULL_422 is read with 8-bit samples and an even number of columns, not "
              + description.bitsAllocated()
              + "-bit samples and "
              + description.columns()
              + " columns");
    }
    boolean bitPacked = description.bitsAllocated() == 1;
    long needed =
        bitPacked
            ? (description.samplesPerFrame() * description.frames() + 7) / 8
            : description.nativeFrameBytes() * description.frames();
    long present = layout.valueLength();
    // Frames wholly inside the value present are shown; a cut or short value loses the rest.
    long whole =
        bitPacked
            ? present * 8 / description.samplesPerFrame()
            : present / description.nativeFrameBytes();
    List<FrameStatus> status = new ArrayList<>(description.frames());
    FrameStatus cut = new FrameStatus.Missing("cut: " + shortfall(layout, description, needed));
    FrameStatus missing =
        new FrameStatus.Missing("missing: " + shortfall(layout, description, needed));
    for (int frame = 0; frame < description.frames(); frame++) {
      status.add(frame < whole ? FrameStatus.PRESENT : frame == whole ? cut : missing);
    }
    boolean swap =
        syntax.bigEndian() && "OW".equals(layout.pixelDataVr()) && description.bitsAllocated() == 8;
    NativeFrameSource source =
        new NativeFrameSource(
            file, bytes, layout.valueOffset(), description, syntax.bigEndian(), swap);
    List<ImageProblem> warnings =
        whole >= description.frames() && layout.damage().isPresent()
            ? List.of(FrameLocator.damagedAfterTheFrames(layout.damage().get()))
            : List.of();
    return OpenedFrames.of(file, source, status, warnings);
  }

  /** Why the native value holds fewer frames than declared: the file is cut, or the value short. */
  private static String shortfall(PixelDataLayout layout, PixelDescription d, long needed) {
    return layout
        .damage()
        .orElse(
            "Pixel Data (7FE0,0010) holds "
                + layout.valueLength()
                + " bytes; "
                + d.frames()
                + " frame(s) of "
                + d.rows()
                + " x "
                + d.columns()
                + " x "
                + d.samplesPerPixel()
                + " samples of "
                + d.bitsAllocated()
                + " bits need "
                + needed);
  }

  private static OpenedFrames encapsulated(
      Path file,
      ByteSource bytes,
      PixelDataLayout layout,
      PixelDescription description,
      TransferSyntax syntax)
      throws IOException {
    FrameLocator.Located located = FrameLocator.locate(file, bytes, layout, description.frames());
    FrameDecoder decoder = decoderFor(file, syntax, description);
    if (decoder == null) {
      // The frames are there but cannot be decoded here: say so before anyone asks for one.
      String reason =
          syntax + " is not supported: no decoder for it here (see imaging/docs/conformance.md)";
      List<ImageProblem> problems = new ArrayList<>(located.warnings());
      problems.add(ImageProblem.framesError(1, description.frames(), reason));
      return OpenedFrames.of(
          file,
          new RefusedFrameSource(file, description.frames(), reason),
          located.status(),
          problems);
    }
    FrameSource source =
        new EncapsulatedFrameSource(file, bytes, located.fragments(), description, syntax, decoder);
    return OpenedFrames.of(file, source, located.status(), located.warnings());
  }

  private static FrameDecoder decoderFor(
      Path file, TransferSyntax syntax, PixelDescription description) {
    return switch (syntax.uid()) {
      case TransferSyntax.RLE_LOSSLESS -> new RleFrameDecoder(description);
      case TransferSyntax.JPEG_BASELINE ->
          new JpegRasterFrameDecoder("JPEG baseline (JDK ImageIO)", description);
      case TransferSyntax.JPEG_EXTENDED ->
          description.bitsStored() <= 8
              ? new JpegRasterFrameDecoder("JPEG extended 8-bit (JDK ImageIO)", description)
              : new GdcmFrameDecoder(syntax.uid(), "JPEG extended 12-bit (GDCM)", description);
      case TransferSyntax.JPEG_LOSSLESS, TransferSyntax.JPEG_LOSSLESS_SV1 ->
          new ImageIoFrameDecoder(
              syntax.uid(), "JPEG lossless (PixelMed pixelmed-imageio)", description);
      case TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_LS_NEAR_LOSSLESS ->
          new GdcmFrameDecoder(syntax.uid(), "JPEG-LS (GDCM)", description);
      case TransferSyntax.JPEG_2000_LOSSLESS, TransferSyntax.JPEG_2000 ->
          new TimeBoundDecoder(
              new Jpeg2000FrameDecoder(description), description.samplesPerFrame());
      default -> null;
    };
  }

  static void checkIndex(Path file, int index, int count) throws DicomReadException {
    if (index < 0 || index >= count) {
      throw new DicomReadException(
          file, "frame " + (index + 1) + " asked for, the image has " + count + " frame(s)");
    }
  }
}
