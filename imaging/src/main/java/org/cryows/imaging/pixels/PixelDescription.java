package org.cryows.imaging.pixels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/**
 * What the pixel data of an image is and how to show it (PS3.3 C.7.6.3 Image Pixel, C.11 look-up
 * tables, C.7.6.1.1.5 lossy compression), read from the header and checked, so that decoding and
 * display need not look at tags again. What the pixels are must be right, or the image is refused;
 * optional display attributes that are invalid (a window of width 0, a broken VOI LUT, see {@link
 * VoiAttributes}) are left out with a warning in {@link #problems()}.
 *
 * @param highBit the most significant stored bit; stored bits end there (PS3.5 8.1.1)
 * @param signed Pixel Representation 1: stored values are two's complement in {@code bitsStored}
 * @param problems optional display attributes that could not be used as written, and what is used
 *     instead (warnings; the image is still shown)
 */
public record PixelDescription(
    int rows,
    int columns,
    int samplesPerPixel,
    String photometric,
    int planarConfiguration,
    int bitsAllocated,
    int bitsStored,
    int highBit,
    boolean signed,
    int frames,
    Rescale rescale,
    List<WindowPreset> windows,
    Optional<LookupTable> voiLut,
    Optional<Palette> palette,
    LossyStatus lossy,
    List<ImageProblem> problems) {

  /** Photometric interpretations this workstation reads, with their samples per pixel. */
  private static final Set<String> MONOCHROME = Set.of("MONOCHROME1", "MONOCHROME2");

  private static final Set<String> THREE_SAMPLES =
      Set.of("RGB", "YBR_FULL", "YBR_FULL_422", "YBR_ICT", "YBR_RCT", "YBR_PARTIAL_420");

  public PixelDescription {
    windows = List.copyOf(windows);
    problems = List.copyOf(problems);
  }

  /** Bytes of one frame as stored natively (uncompressed); bit-packed frames round up. */
  public long nativeFrameBytes() {
    if (isSubsampled422()) {
      return (long) rows * columns * 2 * (bitsAllocated / 8);
    }
    long bits = (long) rows * columns * samplesPerPixel * bitsAllocated;
    return (bits + 7) / 8;
  }

  /**
   * YBR_FULL_422 stored natively: two luminance samples share one pair of chroma samples (PS3.3
   * C.7.6.3.1.2), so a native frame holds two samples per pixel.
   */
  public boolean isSubsampled422() {
    return "YBR_FULL_422".equals(photometric) && planarConfiguration == 0;
  }

  /**
   * A decoded frame of this description: its size, samples per pixel, bits stored and sign, with
   * the photometric interpretation the decoder delivered (which may differ from the stored one, for
   * example RGB out of a YBR_ICT codestream).
   */
  public Frame frame(String deliveredPhotometric, int[] samples) {
    return new Frame(
        rows, columns, samplesPerPixel, deliveredPhotometric, bitsStored, signed, samples);
  }

  /** Samples in one decoded frame. */
  public long samplesPerFrame() {
    return (long) rows * columns * samplesPerPixel;
  }

  public boolean isMonochrome() {
    return MONOCHROME.contains(photometric);
  }

  /**
   * Reads and checks the image pixel description of {@code header}.
   *
   * @param transferSyntaxUid the file's transfer syntax, for the lossy status
   * @throws DicomAttributeException naming the tag that is missing or has an unusable value
   */
  public static PixelDescription of(DicomDataset header, String transferSyntaxUid) {
    int rows = required(header, Tags.ROWS, 1, 65535);
    int columns = required(header, Tags.COLUMNS, 1, 65535);
    int samples = required(header, Tags.SAMPLES_PER_PIXEL, 1, 4);
    String photometric =
        header
            .string(Tags.PHOTOMETRIC_INTERPRETATION)
            .orElseThrow(() -> missing(header, Tags.PHOTOMETRIC_INTERPRETATION));
    int expectedSamples = expectedSamples(header, photometric);
    if (samples != expectedSamples) {
      throw new DicomAttributeException(
          header.origin(),
          Tags.SAMPLES_PER_PIXEL,
          samples + " samples per pixel, but " + photometric + " has " + expectedSamples);
    }
    int planar = samples > 1 ? optional(header, Tags.PLANAR_CONFIGURATION, 0, 1, 0) : 0;
    int bitsAllocated = required(header, Tags.BITS_ALLOCATED, 1, 32);
    if (bitsAllocated != 1 && bitsAllocated % 8 != 0) {
      throw new DicomAttributeException(
          header.origin(), Tags.BITS_ALLOCATED, bitsAllocated + " is not 1 or a multiple of 8");
    }
    int bitsStored = required(header, Tags.BITS_STORED, 1, bitsAllocated);
    int highBit =
        optional(header, Tags.HIGH_BIT, bitsStored - 1, bitsAllocated - 1, bitsStored - 1);
    boolean signed = optional(header, Tags.PIXEL_REPRESENTATION, 0, 1, 0) == 1;
    int frames = optional(header, Tags.NUMBER_OF_FRAMES, 1, Integer.MAX_VALUE, 1);
    List<ImageProblem> problems = new ArrayList<>();
    VoiAttributes voi = VoiAttributes.read(header, MONOCHROME.contains(photometric));
    problems.addAll(voi.problems());
    LossyStatus lossy = lossy(header, transferSyntaxUid, problems);
    return new PixelDescription(
        rows,
        columns,
        samples,
        photometric,
        planar,
        bitsAllocated,
        bitsStored,
        highBit,
        signed,
        frames,
        rescale(header),
        voi.windows(),
        voi.voiLut(),
        "PALETTE COLOR".equals(photometric) ? Optional.of(palette(header)) : Optional.empty(),
        lossy,
        problems);
  }

  private static int expectedSamples(DicomDataset header, String photometric) {
    if (MONOCHROME.contains(photometric) || "PALETTE COLOR".equals(photometric)) {
      return 1;
    }
    if (THREE_SAMPLES.contains(photometric)) {
      return 3;
    }
    throw new DicomAttributeException(
        header.origin(),
        Tags.PHOTOMETRIC_INTERPRETATION,
        "'" + photometric + "' is not a photometric interpretation this workstation reads");
  }

  /**
   * Where the rescale or window of an enhanced multi-frame image lives when the top level has none:
   * the first item of {@code sequenceTag} in the Shared Functional Groups (PS3.3 C.7.6.16). Values
   * that differ per frame are not read here.
   */
  static DicomDataset sharedGroup(DicomDataset header, Tag attribute, Tag sequenceTag) {
    if (header.contains(attribute)) {
      return header;
    }
    List<DicomDataset> shared = header.sequence(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE);
    if (shared.isEmpty()) {
      return header;
    }
    List<DicomDataset> items = shared.get(0).sequence(sequenceTag);
    return items.isEmpty() ? header : items.get(0);
  }

  private static Rescale rescale(DicomDataset top) {
    DicomDataset header =
        sharedGroup(top, Tags.RESCALE_SLOPE, Tags.PIXEL_VALUE_TRANSFORMATION_SEQUENCE);
    double slope = header.decimal(Tags.RESCALE_SLOPE).orElse(1);
    double intercept = header.decimal(Tags.RESCALE_INTERCEPT).orElse(0);
    if (!Double.isFinite(slope) || slope == 0) {
      throw new DicomAttributeException(
          header.origin(), Tags.RESCALE_SLOPE, slope + " is not a usable slope (finite, not 0)");
    }
    if (!Double.isFinite(intercept)) {
      throw new DicomAttributeException(
          header.origin(), Tags.RESCALE_INTERCEPT, intercept + " is not a finite intercept");
    }
    return new Rescale(slope, intercept, header.string(Tags.RESCALE_TYPE).orElse(""));
  }

  private static Palette palette(DicomDataset header) {
    return new Palette(
        paletteChannel(
            header,
            Tags.RED_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR,
            Tags.RED_PALETTE_COLOR_LOOKUP_TABLE_DATA,
            Tags.SEGMENTED_RED_PALETTE_COLOR_LOOKUP_TABLE_DATA),
        paletteChannel(
            header,
            Tags.GREEN_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR,
            Tags.GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA,
            Tags.SEGMENTED_GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA),
        paletteChannel(
            header,
            Tags.BLUE_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR,
            Tags.BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA,
            Tags.SEGMENTED_BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA));
  }

  private static LookupTable paletteChannel(
      DicomDataset header, Tag descriptorTag, Tag dataTag, Tag segmentedTag) {
    int[] descriptor = header.integers(descriptorTag);
    if (descriptor.length == 0) {
      throw missing(header, descriptorTag);
    }
    if (header.contains(dataTag)) {
      return table(header, descriptorTag, descriptor, dataTag, header.integers(dataTag), "");
    }
    if (header.contains(segmentedTag)) {
      checkDescriptor(header, descriptorTag, descriptor);
      int entries = descriptor[0] == 0 ? 65536 : descriptor[0];
      int[] expanded;
      try {
        expanded = SegmentedPalette.expand(words(header.integers(segmentedTag)), entries);
      } catch (IllegalArgumentException e) {
        throw new DicomAttributeException(header.origin(), segmentedTag, e.getMessage());
      }
      return new LookupTable(firstMapped(descriptor), descriptor[2], expanded, "");
    }
    throw missing(header, dataTag);
  }

  static LookupTable table(
      DicomDataset owner,
      Tag descriptorTag,
      int[] descriptor,
      Tag dataTag,
      int[] data,
      String explanation) {
    checkDescriptor(owner, descriptorTag, descriptor);
    int entries = descriptor[0] == 0 ? 65536 : descriptor[0];
    int bits = descriptor[2];
    int[] values = words(data);
    if (bits <= 8 && values.length == (entries + 1) / 2 && entries > 1) {
      // 8-bit entries packed two to a 16-bit word, low byte first.
      int[] unpacked = new int[entries];
      for (int i = 0; i < entries; i++) {
        int word = values[i / 2];
        unpacked[i] = (i % 2 == 0) ? word & 0xFF : (word >>> 8) & 0xFF;
      }
      values = unpacked;
    }
    if (values.length != entries) {
      throw new DicomAttributeException(
          owner.origin(),
          dataTag,
          values.length + " entries, but " + Tags.describe(descriptorTag) + " declares " + entries);
    }
    int max = (1 << bits) - 1;
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.min(values[i], max);
    }
    return new LookupTable(firstMapped(descriptor), bits, values, explanation);
  }

  private static void checkDescriptor(DicomDataset owner, Tag descriptorTag, int[] descriptor) {
    if (descriptor.length != 3) {
      throw new DicomAttributeException(
          owner.origin(), descriptorTag, descriptor.length + " values, a descriptor has 3");
    }
    if (descriptor[2] < 1 || descriptor[2] > 16) {
      throw new DicomAttributeException(
          owner.origin(), descriptorTag, "entries of " + descriptor[2] + " bits (1 to 16 allowed)");
    }
    if (descriptor[0] < 0 || descriptor[0] > 65535) {
      throw new DicomAttributeException(
          owner.origin(), descriptorTag, descriptor[0] + " entries (0 to 65535 allowed)");
    }
  }

  /** The first mapped value: US or SS in files; 32768 and above written as US mean negatives. */
  private static int firstMapped(int[] descriptor) {
    int first = descriptor[1];
    return first > 32767 && first <= 65535 ? first - 65536 : first;
  }

  /** Values of an OW or US attribute as unsigned 16-bit words. */
  private static int[] words(int[] values) {
    int[] result = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i] & 0xFFFF;
    }
    return result;
  }

  private static LossyStatus lossy(
      DicomDataset header, String transferSyntaxUid, List<ImageProblem> problems) {
    boolean declared = "01".equals(header.string(Tags.LOSSY_IMAGE_COMPRESSION).orElse("00"));
    List<Double> ratios = new ArrayList<>();
    try {
      for (double ratio : header.decimals(Tags.LOSSY_IMAGE_COMPRESSION_RATIO)) {
        ratios.add(ratio);
      }
    } catch (DicomAttributeException e) {
      // The ratio only informs; Lossy Image Compression and the transfer syntax still say lossy.
      problems.add(
          ImageProblem.attributeWarning(e.tag(), e.why() + ": the compression ratio is not shown"));
    }
    return new LossyStatus(
        declared,
        ratios,
        header.strings(Tags.LOSSY_IMAGE_COMPRESSION_METHOD),
        transferSyntaxUid != null && TransferSyntax.of(transferSyntaxUid).lossy());
  }

  private static int required(DicomDataset header, Tag tag, int min, int max) {
    int value = header.integer(tag).orElseThrow(() -> missing(header, tag));
    return checkRange(header, tag, value, min, max);
  }

  private static int optional(DicomDataset header, Tag tag, int min, int max, int absent) {
    if (header.integer(tag).isEmpty()) {
      return absent;
    }
    return checkRange(header, tag, header.integer(tag).getAsInt(), min, max);
  }

  private static int checkRange(DicomDataset header, Tag tag, int value, int min, int max) {
    if (value < min || value > max) {
      throw new DicomAttributeException(
          header.origin(), tag, value + " is outside " + min + ".." + max);
    }
    return value;
  }

  private static DicomAttributeException missing(DicomDataset header, Tag tag) {
    return new DicomAttributeException(header.origin(), tag, "missing, required for pixel data");
  }
}
