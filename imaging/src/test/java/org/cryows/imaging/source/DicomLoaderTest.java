package org.cryows.imaging.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.adapter.RealFileMutations;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DicomLoaderTest {

  private static final Path PYDICOM_DICOMDIR =
      Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/DICOMDIR");

  @Test
  void load_dicomDir_groupsItsThirtyOneImagesByPatientStudyAndSeries() {
    Path dicomdir = SharedTestData.dicom("misc/dicomdir_pydicom/DICOMDIR");

    DicomTree tree = new DicomLoader().load(dicomdir);

    assertEquals(List.of(), tree.problems());
    // Counted independently from the files with pydicom: 2 patients, 6 studies, 13 series.
    assertEquals(
        List.of("Doe^Archibald", "Doe^Peter"),
        tree.patients().stream().map(Patient::name).toList());
    assertEquals(
        List.of("77654033", "98890234"), tree.patients().stream().map(Patient::patientId).toList());
    assertEquals(2, tree.patients().get(0).studies().size());
    assertEquals(4, tree.patients().get(1).studies().size());
    assertEquals(13, tree.series().count());
    assertEquals(31, tree.instances().count());

    Map<String, Series> byUid =
        tree.series().collect(Collectors.toMap(Series::seriesInstanceUid, Function.identity()));
    Series mr700 = byUid.get("1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.118");
    assertEquals(700, mr700.seriesNumber().getAsInt());
    assertEquals("MR", mr700.modality());
    // Instance Number order, which is not the order of the file names.
    assertEquals(
        List.of("4558", "4528", "4588", "4467", "4618", "4678", "4648"),
        mr700.instances().stream().map(i -> i.path().getFileName().toString()).toList());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7),
        mr700.instances().stream().map(i -> i.instanceNumber().getAsInt()).toList());
    assertEquals(1, mr700.instances().get(0).frames());

    Series ct = byUid.get("1.3.6.1.4.1.5962.1.1.0.0.0.1196530851.28319.0.2");
    assertEquals(
        List.of(18, 180, 181, 182),
        ct.instances().stream().map(i -> i.instanceNumber().getAsInt()).toList());
    assertTrue(
        ct.instances().get(0).path().startsWith(dicomdir.getParent().toAbsolutePath()),
        "file IDs resolve against the DICOMDIR's folder");
  }

  @Test
  void load_dicomDirAndItsFolder_giveTheSameTree() {
    Path dicomdir = SharedTestData.dicom("misc/dicomdir_pydicom/DICOMDIR");
    DicomTree listed = new DicomLoader().load(dicomdir);
    DicomTree scanned = new DicomLoader().load(dicomdir.getParent().toAbsolutePath());
    assertEquals(List.of(), scanned.problems(), "the DICOMDIR in the folder is left aside");
    assertEquals(listed, scanned);
  }

  @Test
  void load_debiansPydicomDicomDir_loadsTheSameFileSet() {
    Assumptions.assumeTrue(
        Files.isRegularFile(PYDICOM_DICOMDIR), "pydicom test files absent: " + PYDICOM_DICOMDIR);
    DicomTree tree = new DicomLoader().load(PYDICOM_DICOMDIR);
    assertEquals(List.of(), tree.problems());
    assertEquals(31, tree.instances().count());
    assertEquals(13, tree.series().count());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DICOMDIR-bigEnd",
        "DICOMDIR-implicit",
        "DICOMDIR-reordered",
        "DICOMDIR-nopatient"
      })
  void load_pydicomDicomDirVariants_giveTheSameImagesWhateverTheRecordOrderOrEncoding(
      String variant) {
    Path dicomdir = PYDICOM_DICOMDIR.resolveSibling(variant);
    Assumptions.assumeTrue(Files.isRegularFile(dicomdir), "pydicom test files absent: " + dicomdir);
    DicomTree reference = new DicomLoader().load(PYDICOM_DICOMDIR);

    DicomTree tree = new DicomLoader().load(dicomdir);

    assertEquals(List.of(), tree.problems());
    assertEquals(reference.patients(), tree.patients());
  }

  @Test
  void load_dicomDirWhoseRecordsCannotBeRead_scansItsFolderAndSaysSo() {
    // The header reader loses this variant's record sequence (its offsets are partly removed).
    Path dicomdir = PYDICOM_DICOMDIR.resolveSibling("DICOMDIR-nooffset");
    Assumptions.assumeTrue(Files.isRegularFile(dicomdir), "pydicom test files absent: " + dicomdir);

    DicomTree tree = new DicomLoader().load(dicomdir);

    List<LoadProblem> aboutTheDirectory =
        tree.problems().stream().filter(p -> p.path().equals(dicomdir)).toList();
    if (aboutTheDirectory.isEmpty()) {
      // Read in full: then it lists the same 31 images as the intact directory.
      assertEquals(new DicomLoader().load(PYDICOM_DICOMDIR).patients(), tree.patients());
      return;
    }
    assertEquals(
        "DirectoryRecordSequence (0004,1220) could not be read; the folder was scanned instead",
        aboutTheDirectory.get(0).reason());
    assertEquals(new DicomLoader().load(dicomdir.getParent()).patients(), tree.patients());
    assertTrue(tree.instances().count() >= 31);
  }

  @Test
  void load_emptyDicomDir_givesAnEmptyTree() {
    Path empty = PYDICOM_DICOMDIR.resolveSibling("DICOMDIR-empty.dcm");
    Assumptions.assumeTrue(Files.isRegularFile(empty), "pydicom test files absent: " + empty);
    DicomTree tree = new DicomLoader().load(empty);
    assertEquals(new DicomTree(List.of(), List.of()), tree);
  }

  @Test
  void load_dicomDirWithoutItsFiles_reportsEachMissingFile() {
    Path standalone = SharedTestData.dicom("misc/DICOMDIR_fodicom_standalone");

    DicomTree tree = new DicomLoader().load(standalone);

    assertEquals(0, tree.instances().count());
    assertEquals(20, tree.problems().size(), tree.problems().toString());
    for (LoadProblem problem : tree.problems()) {
      assertTrue(problem.reason().contains("but missing"), problem.toString());
      assertTrue(problem.reason().contains("(IMAGE)"), problem.toString());
      assertTrue(
          problem.path().startsWith(standalone.toAbsolutePath().getParent()), problem.toString());
    }
  }

  @Test
  void load_folderWithJunkAndACutFile_loadsTheRestAndNamesTheBadOnes(@TempDir Path dir)
      throws Exception {
    Path ob = SharedTestData.dicom("us/OBXXXX1A_palette_explicitLE.dcm");
    Path cine = SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm");
    Files.createDirectories(dir.resolve("a/b"));
    Files.copy(ob, dir.resolve("a/ob.dcm"));
    Files.copy(cine, dir.resolve("a/b/cine.dcm"));
    Path notes = Files.writeString(dir.resolve("a/b/notes.txt"), "probe 3 due for service\n");
    Path cut = dir.resolve("cut.dcm");
    Files.write(cut, Arrays.copyOf(Files.readAllBytes(ob), 2000));
    Path copy = Files.copy(ob, dir.resolve("copy-of-ob.dcm"));

    DicomTree tree = new DicomLoader(2).load(dir);

    assertEquals(
        List.of(dir.resolve("a/b/cine.dcm"), dir.resolve("a/ob.dcm")),
        tree.instances().map(Instance::path).sorted().toList());
    Map<Path, String> problems =
        tree.problems().stream().collect(Collectors.toMap(LoadProblem::path, LoadProblem::reason));
    assertEquals(3, problems.size(), tree.problems().toString());
    assertTrue(problems.get(notes).contains("DICOM"), problems.get(notes));
    // 2000 bytes of a file whose palette data (0028,1201) of 512 bytes starts at byte 1888.
    assertEquals(
        "data set: element (0028,1201) declares 512 bytes at byte 1888, but only 112 remain in the"
            + " file",
        problems.get(cut));
    assertTrue(
        problems.get(copy).contains("same SOP Instance UID as " + dir.resolve("a/ob.dcm")),
        problems.get(copy));

    Instance cineInstance =
        tree.instances().filter(i -> i.path().endsWith("cine.dcm")).findFirst().orElseThrow();
    assertEquals(30, cineInstance.frames());
    assertEquals("US", cineInstance.modality());
    assertEquals("1.2.840.10008.1.2.4.50", cineInstance.transferSyntaxUid());
    assertEquals("1.2.840.10008.5.1.4.1.1.3.1", cineInstance.sopClassUid());
    DicomImage image = cineInstance.image().orElseThrow();
    assertEquals(30, image.frameCount());
    assertEquals("YBR_FULL_422", image.description().photometric());
    assertEquals(List.of(), image.problems());
  }

  @Test
  void load_alteredFileSet_reportsMissingAndMismatchedFilesAndFindsRenamedOnes(@TempDir Path dir)
      throws Exception {
    Path original = SharedTestData.dicom("misc/dicomdir_pydicom");
    try (Stream<Path> walk = Files.walk(original)) {
      for (Path source : walk.filter(Files::isRegularFile).toList()) {
        Path target = dir.resolve(original.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
    // A folder whose name lost its case on copy, a file gone, a file overwritten by another.
    Files.move(dir.resolve("77654033/CT2"), dir.resolve("77654033/ct2"));
    Files.delete(dir.resolve("98892003/MR1/15820"));
    Files.copy(
        dir.resolve("77654033/CR2/6247"),
        dir.resolve("77654033/CR1/6154"),
        StandardCopyOption.REPLACE_EXISTING);

    DicomTree tree = new DicomLoader().load(dir.resolve("DICOMDIR"));

    assertEquals(29, tree.instances().count(), "31 listed, one missing, one a duplicate");
    assertTrue(
        tree.instances().anyMatch(i -> i.path().equals(dir.resolve("77654033/ct2/17106"))),
        "found ignoring case");
    Map<Path, List<String>> problems =
        tree.problems().stream()
            .collect(
                Collectors.groupingBy(
                    LoadProblem::path,
                    Collectors.mapping(LoadProblem::reason, Collectors.toList())));
    assertEquals(
        Set.of(
            dir.resolve("98892003/MR1/15820"),
            dir.resolve("77654033/CR1/6154"),
            dir.resolve("77654033/CR2/6247")),
        problems.keySet());
    assertTrue(problems.get(dir.resolve("98892003/MR1/15820")).get(0).contains("but missing"));
    assertTrue(
        problems
            .get(dir.resolve("77654033/CR1/6154"))
            .get(0)
            .startsWith("the DICOMDIR lists SOP Instance UID"));
    // The overwritten file comes first in path order, so the genuine one is the copy left out.
    assertEquals(
        List.of(
            "same SOP Instance UID as "
                + dir.resolve("77654033/CR1/6154")
                + "; this copy is left out"),
        problems.get(dir.resolve("77654033/CR2/6247")));
  }

  @Test
  void load_mrSeriesWhoseWindowWidthIsZero_loadsEveryImageWithAWarning(@TempDir Path dir)
      throws Exception {
    Path series = SharedTestData.dicom("mr/prostate_adc_20slices");
    try (Stream<Path> files = Files.list(series)) {
      for (Path file : files.toList()) {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(
            dir.resolve(file.getFileName()),
            RealFileMutations.withText(bytes, Tags.WINDOW_WIDTH, "0"));
      }
    }

    DicomTree tree = new DicomLoader(2).load(dir);

    assertEquals(List.of(), tree.problems(), "a warning is not a load problem");
    assertEquals(20, tree.instances().count());
    for (Instance instance : tree.instances().toList()) {
      DicomImage image = instance.image().orElseThrow();
      assertEquals(List.of(), image.description().windows(), instance.path().toString());
      assertEquals(1, image.problems().size());
      ImageProblem problem = image.problems().get(0);
      assertEquals(ImageProblem.Severity.WARNING, problem.severity());
      assertEquals(Optional.of(Tags.WINDOW_WIDTH), problem.tag());
      assertTrue(problem.message().startsWith("window 1 has center 1300 and width 0"));
      assertEquals(new VoiChoice.MinMax(), VoiChoice.defaultFor(image.description()));
    }
  }

  @Test
  void load_cineCutInsideItsLastFrame_loadsWithTheProblemNamingTheFrame(@TempDir Path dir)
      throws Exception {
    Path cine = SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm");
    byte[] original = Files.readAllBytes(cine);
    Path cut =
        Files.write(
            dir.resolve("cut-cine.dcm"), RealFileMutations.cutInsideFragment(original, 29, 100));

    DicomTree tree = new DicomLoader(1).load(dir);

    Instance instance = tree.instances().findFirst().orElseThrow();
    DicomImage image = instance.image().orElseThrow();
    assertEquals(29, image.presentFrames().size());
    ImageProblem frame30 = image.problems().get(0);
    assertEquals(
        List.of(
            new LoadProblem(
                cut, "1 of 30 frames cannot be shown, the others can; " + frame30.text())),
        tree.problems());
    assertTrue(frame30.text().startsWith("frame 30: cut: its fragment at byte "), frame30.text());
    try (FrameCache cache = new FrameCache(tree.imageOpener(), 64L << 20, 2, 1)) {
      assertEquals(
          DicomImages.open(cine).frames().frame(28), cache.frame(cut, 28), "frame 29 as shot");
    }
  }

  @Test
  void load_oneThreadOrFour_givesTheSameOrder() {
    Path folder = SharedTestData.dicom("misc/dicomdir_pydicom");
    assertEquals(new DicomLoader(1).load(folder), new DicomLoader(4).load(folder));
  }

  @Test
  void load_aSingleFile_givesOnePatientWithOneInstance() {
    Path ob = SharedTestData.dicom("us/OBXXXX1A_palette_explicitLE.dcm");
    DicomTree tree = new DicomLoader().load(ob);
    assertEquals(List.of(), tree.problems());
    assertEquals(List.of(ob), tree.instances().map(Instance::path).toList());
  }

  @Test
  void load_pathThatDoesNotExist_isAProblemNotAnException(@TempDir Path dir) {
    Path nowhere = dir.resolve("nowhere");
    DicomTree tree = new DicomLoader().load(nowhere);
    assertEquals(List.of(new LoadProblem(nowhere, "no such file or folder")), tree.problems());
  }

  @Test
  void load_textFileNamedDicomDir_isReportedNotThrown(@TempDir Path dir) throws Exception {
    Path fake = Files.writeString(dir.resolve("DICOMDIR"), "not a directory at all");
    DicomTree tree = new DicomLoader().load(fake);
    assertEquals(1, tree.problems().size());
    assertEquals(fake, tree.problems().get(0).path());
    assertTrue(tree.patients().isEmpty());
  }
}
