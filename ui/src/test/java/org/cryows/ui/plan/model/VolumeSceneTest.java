package org.cryows.ui.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.samples.SampleLibrary;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.model.Eventually;
import org.cryows.ui.planes.model.LoadedVolume;
import org.cryows.ui.planes.model.PlaneRenderer;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.scene.model.SceneColours;
import org.cryows.ui.scene.model.SceneContent;
import org.cryows.ui.scene.model.SceneMarker;
import org.cryows.ui.scene.model.VolumeSurface;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the 3-D view is given of a volume: surfaces chosen by modality, and the crosshair. */
class VolumeSceneTest {
  private final PlaneRenderer renderer = new PlaneRenderer();
  private final PlanesModel planes = new PlanesModel(Runnable::run, new VolumeLoader(2), renderer);

  @AfterEach
  void tearDown() {
    renderer.close();
  }

  private LoadedVolume load(Path path) {
    planes.show(new DicomLoader().load(path).series().findFirst().orElseThrow());
    Eventually.await(
        "the volume loaded",
        Duration.ofSeconds(30),
        () -> planes.loaded().isPresent(),
        planes::message);
    return planes.loaded().orElseThrow();
  }

  @Test
  void ct_boneAt200HuAndASeeThroughSkin_crosshairAsABall() throws Exception {
    LoadedVolume knee = load(SampleLibrary.forTests().resolve("ct-knee"));
    Vector3 crosshair = knee.grid().point(planes.crosshairIndex());
    SceneContent content = VolumeScene.of(knee, crosshair);
    List<VolumeSurface> surfaces = content.surfaces();
    assertEquals(2, surfaces.size());
    assertEquals("Bone and contrast (200 HU)", surfaces.get(0).label());
    assertEquals(200, surfaces.get(0).isoValue());
    assertEquals(1, surfaces.get(0).opacity());
    assertEquals(SceneColours.BONE, surfaces.get(0).colour());
    assertEquals("Skin (-300 HU)", surfaces.get(1).label());
    assertTrue(surfaces.get(1).opacity() < 1, "the bones show through the skin");
    SceneMarker marker = content.markers().get(0);
    assertEquals(crosshair, marker.point_Patient());
    assertEquals(SceneColours.CROSSHAIR, marker.colour());
    // The knee's voxel centres span 159.5 x 159.5 x 119 mm, half a diagonal of 127.5 mm: 3 % of
    // it is a ball of 3.8 mm.
    assertEquals(0.03 * Math.sqrt(2 * 159.5 * 159.5 + 119 * 119) / 2, marker.diameterMm(), 1e-9);
    assertEquals(content, VolumeScene.of(knee, crosshair), "the same volume: the same content");
  }

  @Test
  void mr_oneBodySurfaceAtOtsusThreshold() {
    LoadedVolume prostate = load(SharedTestData.dicom("mr/prostate_adc_20slices"));
    List<VolumeSurface> surfaces = VolumeScene.surfaces(prostate);
    assertEquals(1, surfaces.size());
    double otsu = prostate.values().otsuThreshold();
    assertEquals(otsu, surfaces.get(0).isoValue());
    assertEquals(String.format("Body (signal %.0f, Otsu)", otsu), surfaces.get(0).label());
  }
}
