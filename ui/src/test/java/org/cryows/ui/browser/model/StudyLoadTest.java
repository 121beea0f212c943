package org.cryows.ui.browser.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.source.DicomTree;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A folder read in parts (for a true progress bar) gives exactly the tree imaging's loader gives
 * for the whole folder: same patients, studies, series, instances, order and problems.
 */
class StudyLoadTest {

  @ParameterizedTest
  @ValueSource(strings = {"mr/prostate_adc_20slices", "misc/dicomdir_pydicom", "."})
  void load_folderInParts_equalsTheLoadersOwnTree(String relative) {
    Path folder = SharedTestData.sharedDir().resolve("data/dicom").resolve(relative).normalize();
    DicomTree whole = new DicomLoader().load(folder);
    List<LoadProgress> progress = new ArrayList<>();
    DicomTree parts =
        new StudyLoad(new DicomLoader()).load(List.of(folder), progress::add, () -> false);
    assertEquals(whole.patients(), parts.patients());
    assertEquals(whole.problems(), parts.problems());
    LoadProgress last = progress.get(progress.size() - 1);
    assertEquals(last.filesTotal(), last.filesRead());
    assertTrue(last.filesTotal() > 0);
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(
          progress.get(i).filesRead() >= progress.get(i - 1).filesRead(), "progress only grows");
    }
  }

  @Test
  void load_wholeSharedFolder_reportsProgressInSeveralSteps() {
    Path folder = SharedTestData.sharedDir().resolve("data/dicom");
    List<LoadProgress> progress = new ArrayList<>();
    new StudyLoad(new DicomLoader()).load(List.of(folder), progress::add, () -> false);
    long steps = progress.stream().map(LoadProgress::filesRead).distinct().count();
    assertTrue(steps >= 4, "a folder of 88 files is read in parts: " + progress);
  }

  @Test
  void load_twoPathsOverlapping_eachImageOnce() {
    Path folder = SharedTestData.dicom("mr/prostate_adc_20slices");
    Path file = folder.resolve("000003.dcm");
    DicomTree tree =
        new StudyLoad(new DicomLoader()).load(List.of(file, folder), p -> {}, () -> false);
    assertEquals(20, tree.instances().count());
    assertEquals(List.of(), tree.problems());
  }

  @Test
  void load_copyOfAFileUnderAnotherName_reportsTheCopy(@TempDir Path dir) throws Exception {
    Path original = SharedTestData.dicom("mr/MR_small.dcm");
    Files.copy(original, dir.resolve("a.dcm"));
    Files.copy(original, dir.resolve("b.dcm"));
    DicomTree tree =
        new StudyLoad(new DicomLoader())
            .load(List.of(dir.resolve("a.dcm"), dir.resolve("b.dcm")), p -> {}, () -> false);
    assertEquals(1, tree.instances().count());
    assertEquals(1, tree.problems().size());
    assertTrue(tree.problems().get(0).reason().startsWith("same SOP Instance UID as "));
  }

  @Test
  void load_cancelled_stopsWithoutATree() {
    Path folder = SharedTestData.sharedDir().resolve("data/dicom");
    List<LoadProgress> progress = new ArrayList<>();
    assertThrows(
        CancellationException.class,
        () ->
            new StudyLoad(new DicomLoader())
                .load(List.of(folder), progress::add, () -> progress.size() >= 3));
    assertTrue(
        progress.get(progress.size() - 1).filesRead()
            < progress.get(progress.size() - 1).filesTotal());
  }
}
