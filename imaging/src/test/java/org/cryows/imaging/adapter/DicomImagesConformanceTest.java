package org.cryows.imaging.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the shared DICOM data and of Debian's pydicom test files, with its expected
 * outcome: decoded (and compared sample by sample with an independent decoder), no pixel data, or
 * refused with a documented reason. A change in behaviour on any file fails here.
 *
 * <p>References: dcmtk's dcmdjpeg, dcmdjpls, dcmdrle and dcmconv write an uncompressed file that is
 * read back through the native path; lossless syntaxes must match exactly, lossy ones within one
 * unit. Lossy JPEG is compared with {@code dcmdjpeg +cn} (no colour conversion): frames keep the
 * encoded colour space (YBR_FULL, or RGB) and the display converts, so the photometric is compared
 * too; lossless JPEG with dcmdjpeg's defaults. JPEG 2000 is compared with GDCM's own decoding (its
 * Java binding: gdcmconv is not installed here), a different decoder (OpenJPEG) from the one used
 * for reading (jai-imageio).
 */
class DicomImagesConformanceTest {

  static final Path PYDICOM = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

  enum Outcome {
    DECODES,
    NO_PIXEL_DATA,
    REFUSED
  }

  enum Reference {
    NONE(0),
    DCMCONV(0),
    DCMDRLE(0),
    DCMDJPEG(0),
    DCMDJPEG_LOSSY(1),
    DCMDJPLS(0),
    DCMDJPLS_LOSSY(1),
    GDCM(0),
    GDCM_LOSSY(1),
    /**
     * Lossy JPEG 2000 with the irreversible colour transform: jai-imageio and OpenJPEG invert it in
     * floating point and round differently, by up to 2.
     */
    GDCM_LOSSY_COLOUR(2),
    /**
     * 32-bit samples in an explicit big endian file: dcmtk swaps OW data as 16-bit words, which
     * turns 32-bit values around; the reference is the same dose grid's little endian file.
     */
    LITTLE_ENDIAN_TWIN(0);

    final int tolerance;

    Reference(int tolerance) {
      this.tolerance = tolerance;
    }
  }

  /** A file (or a glob of files) of "shared:" data or "pydicom:" test files, and what it gives. */
  record Expected(String pattern, Outcome outcome, String reason, Reference reference) {}

  static Expected decodes(String pattern, Reference reference) {
    return new Expected(pattern, Outcome.DECODES, "", reference);
  }

  static Expected noPixels(String pattern) {
    return new Expected(pattern, Outcome.NO_PIXEL_DATA, DicomImages.NO_PIXEL_DATA, Reference.NONE);
  }

  static Expected refused(String pattern, String reason) {
    return new Expected(pattern, Outcome.REFUSED, reason, Reference.NONE);
  }

  static final List<Expected> TABLE =
      List.of(
          // shared/data/dicom
          decodes("shared:ct/CT1_J2KI_j2k_lossy.dcm", Reference.GDCM_LOSSY),
          decodes("shared:ct/CT1_J2KR_j2k_lossless.dcm", Reference.GDCM),
          decodes("shared:ct/CT1_JLSL_jpegls_lossless.dcm", Reference.DCMDJPLS),
          decodes("shared:ct/CT1_JLSN_jpegls_nearlossless.dcm", Reference.DCMDJPLS_LOSSY),
          decodes("shared:ct/CT1_JPLL_jpeg_lossless_sv1.dcm", Reference.DCMDJPEG),
          decodes("shared:ct/CT1_RLE.dcm", Reference.DCMDRLE),
          refused("shared:ct/CT1_bigendian_undefined_length_fodicom.dcm", "not readable as DICOM"),
          decodes("shared:ct/CT_small_128.dcm", Reference.DCMCONV),
          decodes("shared:ct/eCT_Supplemental_enhancedCT_2frame.dcm", Reference.DCMCONV),
          noPixels("shared:misc/DICOMDIR_fodicom_standalone"),
          noPixels("shared:misc/dicomdir_pydicom/DICOMDIR"),
          decodes("shared:misc/dicomdir_pydicom/[0-9]*/**", Reference.DCMCONV),
          decodes("shared:mr/MOVEKNEE_enhancedMR_knee_19frames.dcm", Reference.DCMCONV),
          decodes("shared:mr/MR1_JPLY_jpeg_extended_12bit.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("shared:mr/MR_small.dcm", Reference.DCMCONV),
          decodes("shared:mr/MR_small_RLE.dcm", Reference.DCMDRLE),
          decodes("shared:mr/MR_small_bigendian.dcm", Reference.DCMCONV),
          decodes("shared:mr/MR_small_implicit.dcm", Reference.DCMCONV),
          decodes("shared:mr/MR_small_jp2klossless.dcm", Reference.GDCM),
          decodes("shared:mr/MR_small_jpeg_ls_lossless.dcm", Reference.DCMDJPLS),
          decodes("shared:mr/emri_small.dcm", Reference.DCMCONV),
          decodes("shared:mr/emri_small_RLE.dcm", Reference.DCMDRLE),
          decodes("shared:mr/emri_small_big_endian.dcm", Reference.DCMCONV),
          decodes("shared:mr/emri_small_jpeg_2k_lossless.dcm", Reference.GDCM),
          decodes("shared:mr/emri_small_jpeg_ls_lossless.dcm", Reference.DCMDJPLS),
          decodes("shared:mr/prostate_adc_20slices/*.dcm", Reference.DCMCONV),
          decodes("shared:us/ExplVR_BigEnd_rgb_small.dcm", Reference.DCMCONV),
          decodes("shared:us/OBXXXX1A_palette_bigendian.dcm", Reference.DCMCONV),
          decodes("shared:us/OBXXXX1A_palette_explicitLE.dcm", Reference.DCMCONV),
          decodes("shared:us/OBXXXX1A_palette_rle_2frame.dcm", Reference.DCMDRLE),
          decodes("shared:us/US1_J2KI_ybrict_j2k_lossy.dcm", Reference.GDCM_LOSSY_COLOUR),
          decodes("shared:us/US1_J2KR_ybrrct_j2k_lossless.dcm", Reference.GDCM),
          decodes("shared:us/US1_RLE_rgb_rle.dcm", Reference.DCMDRLE),
          decodes("shared:us/US1_UNCR_rgb_explicitLE.dcm", Reference.DCMCONV),
          decodes("shared:us/examples_ybr_color_mf30_jpegbaseline.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("shared:us/gdcm-US-ALOKA-16_palette16_implicitLE.dcm", Reference.DCMCONV),
          // pydicom test files
          decodes("pydicom:693_J2KI.dcm", Reference.GDCM_LOSSY),
          decodes("pydicom:CT_small.dcm", Reference.DCMCONV),
          decodes("pydicom:ExplVR_BigEnd.dcm", Reference.DCMCONV),
          noPixels("pydicom:ExplVR_BigEndNoMeta.dcm"),
          noPixels("pydicom:ExplVR_LitEndNoMeta.dcm"),
          // A JP2 file inside the pixel data: GDCM applies the JP2 header's colour box, the bare
          // codestream decoded here does not (its RCT is inverted either way): no common reference.
          decodes("pydicom:GDCMJ2K_TextGBR.dcm", Reference.NONE),
          decodes("pydicom:J2K_pixelrep_mismatch.dcm", Reference.GDCM),
          decodes("pydicom:JPEG-lossy.dcm", Reference.DCMDJPEG_LOSSY),
          refused(
              "pydicom:JPEG2000-embedded-sequence-delimiter.dcm",
              "the JPEG 2000 codestream declares an image of 3722445056 x 1024"),
          decodes("pydicom:JPEG2000.dcm", Reference.GDCM_LOSSY),
          decodes("pydicom:JPGExtended.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("pydicom:MR_small*.dcm", Reference.DCMCONV),
          decodes("pydicom:MR_small_RLE.dcm", Reference.DCMDRLE),
          decodes("pydicom:MR_small_jp2klossless.dcm", Reference.GDCM),
          decodes("pydicom:MR_small_jpeg_ls_lossless.dcm", Reference.DCMDJPLS),
          refused("pydicom:MR_truncated.dcm", "Pixel Data (7FE0,0010) declares 8192 bytes"),
          decodes("pydicom:SC_jpeg_no_color_transform*.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("pydicom:SC_rgb_dcmtk_+eb+*.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("pydicom:SC_rgb_gdcm_KY.dcm", Reference.GDCM_LOSSY),
          refused("pydicom:SC_rgb_jpeg.dcm", "element (0008,0008) at byte 356 has no valid VR"),
          decodes("pydicom:SC_rgb_jpeg_app14_dcmd.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("pydicom:SC_rgb_jpeg_dcmd.dcm", Reference.DCMCONV),
          decodes("pydicom:SC_rgb_jpeg_dcmtk.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("pydicom:SC_rgb_jpeg_gdcm.dcm", Reference.DCMDJPEG),
          decodes("pydicom:SC_rgb_jpeg_lossy_gdcm.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("pydicom:SC_rgb_rle*.dcm", Reference.DCMDRLE),
          decodes("pydicom:SC_rgb_small_odd.dcm", Reference.DCMCONV),
          decodes("pydicom:SC_rgb_small_odd_jpeg.dcm", Reference.DCMDJPEG_LOSSY),
          decodes("pydicom:SC_ybr_full_422_uncompressed.dcm", Reference.NONE),
          noPixels("pydicom:UN_sequence.dcm"),
          refused("pydicom:badVR.dcm", "NumberOfFrames (0028,0008): '1A' is not an integer"),
          noPixels("pydicom:dicomdirtests/DICOMDIR*"),
          noPixels("pydicom:dicomdirtests/TINY_ALPHA/DICOMDIR"),
          refused("pydicom:dicomdirtests/TINY_ALPHA/README", "not DICOM"),
          refused("pydicom:dicomdirtests/README.txt", "not readable as DICOM"),
          noPixels("pydicom:dicomdirtests/TINY_ALPHA/PT*/**"),
          decodes("pydicom:dicomdirtests/[0-9]*/**", Reference.DCMCONV),
          noPixels("pydicom:empty_charset_LEI.dcm"),
          decodes("pydicom:image_dfl.dcm", Reference.DCMCONV),
          decodes("pydicom:liver*.dcm", Reference.DCMCONV),
          refused("pydicom:meta_missing_tsyntax.dcm", "has no Transfer Syntax UID (0002,0010)"),
          refused("pydicom:nested_priv_SQ.dcm", "Rows (0028,0010): missing"),
          refused("pydicom:no_meta.dcm", "not DICOM: no attributes could be read"),
          noPixels("pydicom:no_meta_group_length.dcm"),
          noPixels("pydicom:priv_SQ.dcm"),
          noPixels("pydicom:reportsi*.dcm"),
          decodes("pydicom:rtdose*.dcm", Reference.DCMCONV),
          decodes("pydicom:rtdose_rle*.dcm", Reference.DCMDRLE),
          decodes("pydicom:rtdose_expb*.dcm", Reference.LITTLE_ENDIAN_TWIN),
          noPixels("pydicom:rtplan.dcm"),
          refused("pydicom:rtplan_truncated.dcm", "declares 976 bytes"),
          noPixels("pydicom:rtstruct.dcm"),
          noPixels("pydicom:test-SR.dcm"),
          noPixels("pydicom:waveform_ecg.dcm"),
          refused("pydicom:README.txt", "not readable as DICOM"),
          refused("pydicom:*.json", "not DICOM"),
          refused("pydicom:rtplan.dump", "not DICOM"),
          refused("pydicom:rtstruct.dump", "not readable as DICOM"),
          refused("pydicom:zipMR.gz", "not readable as DICOM"));

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyFileHasItsExpectedOutcome() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : allFiles()) {
      String key = key(file);
      Expected expected = expectationFor(key);
      tests.add(DynamicTest.dynamicTest(key, () -> check(file, expected)));
    }
    return tests.stream();
  }

  @Test
  void everyRowOfTheTableMatchesAFile() throws Exception {
    List<String> keys = allFiles().stream().map(DicomImagesConformanceTest::key).toList();
    for (Expected row : TABLE) {
      PathMatcher matcher = matcher(row.pattern());
      assertTrue(
          keys.stream().anyMatch(k -> matcher.matches(Path.of(k))),
          "no file matches table row " + row.pattern());
    }
  }

  private void check(Path file, Expected expected) throws Exception {
    DicomImage image;
    try {
      image = DicomImages.open(file);
    } catch (DicomReadException e) {
      assertTrue(
          expected.outcome() != Outcome.DECODES && e.reason().contains(expected.reason()),
          file + ": expected " + expected + ", got: " + e.getMessage());
      if (expected.outcome() == Outcome.NO_PIXEL_DATA) {
        assertTrue(e.reason().startsWith(DicomImages.NO_PIXEL_DATA), e.getMessage());
      }
      return;
    }
    List<Frame> frames = new ArrayList<>();
    try {
      for (int i = 0; i < image.frames().frameCount(); i++) {
        frames.add(image.frames().frame(i));
      }
    } catch (DicomReadException e) {
      assertTrue(
          expected.outcome() == Outcome.REFUSED && e.reason().contains(expected.reason()),
          file + ": expected " + expected + ", got: " + e.getMessage());
      return;
    }
    assertEquals(
        Outcome.DECODES, expected.outcome(), file + " decoded, but the table expects " + expected);
    assertEquals(image.description().frames(), frames.size());
    compareWithReference(file, image, frames, expected.reference());
  }

  private void compareWithReference(
      Path file, DicomImage image, List<Frame> ours, Reference reference) throws Exception {
    if (reference == Reference.NONE) {
      return;
    }
    List<Frame> theirs;
    if (reference == Reference.GDCM
        || reference == Reference.GDCM_LOSSY
        || reference == Reference.GDCM_LOSSY_COLOUR) {
      theirs = GdcmReference.decode(file, image.description());
    } else if (reference == Reference.LITTLE_ENDIAN_TWIN) {
      DicomImage twin =
          DicomImages.open(file.resolveSibling(file.getFileName().toString().replace("_expb", "")));
      theirs = new ArrayList<>();
      for (int i = 0; i < twin.frames().frameCount(); i++) {
        theirs.add(twin.frames().frame(i));
      }
    } else {
      Path out = temp.resolve(file.getFileName() + ".ref.dcm");
      switch (reference) {
        case DCMCONV -> ExternalTool.run("dcmconv", "+te", file.toString(), out.toString());
        case DCMDRLE -> ExternalTool.run("dcmdrle", file.toString(), out.toString());
        case DCMDJPEG -> ExternalTool.run("dcmdjpeg", file.toString(), out.toString());
        // +cn: no colour conversion, as the JPEG reader here (the display converts YBR).
        case DCMDJPEG_LOSSY -> ExternalTool.run("dcmdjpeg", "+cn", file.toString(), out.toString());
        case DCMDJPLS, DCMDJPLS_LOSSY ->
            ExternalTool.run("dcmdjpls", file.toString(), out.toString());
        default -> throw new IllegalStateException(reference.toString());
      }
      DicomImage decoded = DicomImages.open(out);
      assertFalse(decoded.transferSyntax().encapsulated(), "the reference is uncompressed");
      theirs = new ArrayList<>();
      for (int i = 0; i < decoded.frames().frameCount(); i++) {
        theirs.add(decoded.frames().frame(i));
      }
    }
    assertEquals(theirs.size(), ours.size(), file + ": frame count against " + reference);
    for (int f = 0; f < ours.size(); f++) {
      assertSamples(file, f, ours.get(f), theirs.get(f), reference);
    }
  }

  static void assertSamples(Path file, int frame, Frame ours, Frame theirs, Reference reference) {
    String where = file.getFileName() + " frame " + (frame + 1) + " against " + reference;
    assertEquals(theirs.rows(), ours.rows(), where);
    assertEquals(theirs.columns(), ours.columns(), where);
    assertEquals(theirs.samplesPerPixel(), ours.samplesPerPixel(), where);
    if (reference.name().startsWith("DCM")) {
      assertEquals(theirs.photometric(), ours.photometric(), where + ": photometric");
    }
    int[] a = ours.copySamples();
    int[] b = theirs.copySamples();
    int worst = 0;
    int at = -1;
    for (int i = 0; i < a.length; i++) {
      int d = Math.abs(a[i] - b[i]);
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > reference.tolerance) {
      fail(
          where
              + ": sample "
              + at
              + " is "
              + a[at]
              + ", the reference "
              + b[at]
              + " (largest difference "
              + worst
              + ", allowed "
              + reference.tolerance
              + ")");
    }
  }

  static List<Path> allFiles() throws Exception {
    List<Path> files = new ArrayList<>();
    Path shared = SharedTestData.sharedDir().resolve("data/dicom");
    for (Path root : List.of(shared, PYDICOM)) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !(root.equals(shared) && isSharedDocumentation(root.relativize(p))))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static boolean isSharedDocumentation(Path relative) {
    String name = relative.toString();
    return name.equals("MANIFEST.tsv") || name.equals("LICENSES.md") || name.equals("README.md");
  }

  static String key(Path file) {
    Path shared = SharedTestData.sharedDir().resolve("data/dicom");
    return file.startsWith(shared)
        ? "shared:" + shared.relativize(file)
        : "pydicom:" + PYDICOM.relativize(file);
  }

  /** The last row that matches wins, so specific rows follow general ones. */
  static Expected expectationFor(String key) {
    Expected found = null;
    for (Expected row : TABLE) {
      if (matcher(row.pattern()).matches(Path.of(key))) {
        found = row;
      }
    }
    if (found == null) {
      throw new AssertionError(key + " is not in the table: add its expected outcome");
    }
    return found;
  }

  private static PathMatcher matcher(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }
}
