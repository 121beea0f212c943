package org.cryows.ui.scene.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.testkit.Display;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.model.Eventually;
import org.cryows.ui.planes.model.SeriesVolumes;
import org.cryows.ui.scene.model.SceneSnapshot.Availability;
import org.cryows.ui.viewer.model.PointerButton;
import org.cryows.ui.vtk.VtkSceneRenderers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 3-D view-model on its render thread, with VTK as the window has it, and without. */
class SceneModelTest {

  @Test
  void volumeSurface_isRenderedAndTurnsWithADrag() throws Exception {
    Display.require();
    var series =
        new DicomLoader()
            .load(SharedTestData.dicom("mr/prostate_adc_20slices"))
            .series()
            .findFirst()
            .orElseThrow();
    var volume = SeriesVolumes.load(series, new VolumeLoader(2));
    try (SceneModel scene = new SceneModel(VtkSceneRenderers.fromSystem())) {
      scene.resize(300, 200);
      scene.setLayer(
          SceneLayer.VOLUME,
          SceneContent.ofSurfaces(
              List.of(new VolumeSurface(volume, 400, "Surface", SceneColours.SKIN, 1))));
      awaitSettled(scene);
      SceneSnapshot first = scene.snapshot();
      assertEquals(Availability.AVAILABLE, first.availability());
      assertTrue(first.note().startsWith("VTK 9."), first.note());
      assertEquals(300, first.frame().width());
      assertEquals(first.wanted(), first.frame().request());

      scene.press(PointerButton.PRIMARY, 100, 100);
      scene.drag(160, 100);
      scene.release();
      awaitSettled(scene);
      SceneSnapshot turned = scene.snapshot();
      assertNotEquals(first.camera(), turned.camera());
      assertTrue(turned.frame().request() > first.frame().request());
      scene.resetView();
      assertEquals(first.camera(), scene.snapshot().camera(), "reset faces the front again");
    }
  }

  @Test
  void switchedOffSurface_isNotDrawnButStaysInTheLegend() throws Exception {
    Display.require();
    var series =
        new DicomLoader()
            .load(org.cryows.samples.SampleLibrary.forTests().resolve("ct-knee"))
            .series()
            .findFirst()
            .orElseThrow();
    var volume = SeriesVolumes.load(series, new VolumeLoader(2));
    try (SceneModel scene = new SceneModel(VtkSceneRenderers.fromSystem())) {
      scene.resize(320, 240);
      scene.setLayer(
          SceneLayer.VOLUME,
          SceneContent.ofSurfaces(
              List.of(
                  new VolumeSurface(volume, 200, "Bone", SceneColours.BONE, 1),
                  new VolumeSurface(volume, -300, "Skin", SceneColours.SKIN, 0.3))));
      awaitSettled(scene);
      long both = scene.snapshot().frame().triangles();
      scene.setSurfaceShown("Skin", false);
      awaitSettled(scene);
      SceneSnapshot boneOnly = scene.snapshot();
      assertTrue(boneOnly.frame().triangles() < both, boneOnly.frame().triangles() + " < " + both);
      assertEquals(
          List.of("Bone", "Skin"),
          boneOnly.legend().stream().map(SceneContent.LegendEntry::text).toList());
      assertEquals(java.util.Set.of("Skin"), boneOnly.hiddenSurfaces());
      scene.setSurfaceShown("Bone", false);
      awaitSettled(scene);
      assertFalse(scene.snapshot().hasContent(), "nothing left to draw");
      scene.setSurfaceShown("Skin", true);
      scene.setSurfaceShown("Bone", true);
      awaitSettled(scene);
      assertEquals(both, scene.snapshot().frame().triangles());
    }
  }

  @Test
  void withoutVtk_theViewSaysWhy(@TempDir Path empty) {
    try (SceneModel scene = new SceneModel(VtkSceneRenderers.inDirectory(empty))) {
      awaitSettled(scene);
      SceneSnapshot s = scene.snapshot();
      assertEquals(Availability.UNAVAILABLE, s.availability());
      assertTrue(s.note().startsWith("3-D view not available: "), s.note());
      assertTrue(s.note().contains(empty.toString()) || s.note().contains("DISPLAY"), s.note());
      assertNull(s.frame());
    }
  }

  private static void awaitSettled(SceneModel scene) {
    Eventually.await(
        "the 3-D view settled",
        Duration.ofSeconds(60),
        scene::settled,
        () -> scene.snapshot().toString());
  }
}
