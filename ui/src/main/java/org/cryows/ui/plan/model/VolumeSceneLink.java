package org.cryows.ui.plan.model;

import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.planes.model.LoadedVolume;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.scene.model.SceneContent;
import org.cryows.ui.scene.model.SceneLayer;
import org.cryows.ui.scene.model.SceneModel;

/**
 * Keeps the 3-D view's volume layer on the volume in the planes: its surfaces when a volume is
 * shown, the crosshair where the planes have it; nothing when no volume is shown.
 */
public final class VolumeSceneLink {
  private final PlanesModel planes;
  private final SceneModel scene;
  private LoadedVolume shownVolume;
  private Vector3 shownCrosshair;
  private boolean cleared = true;

  public VolumeSceneLink(PlanesModel planes, SceneModel scene) {
    this.planes = planes;
    this.scene = scene;
    planes.addListener(this::update);
    update();
  }

  private synchronized void update() {
    Optional<LoadedVolume> loaded = planes.loaded();
    Vector3 index = planes.crosshairIndex();
    if (loaded.isEmpty() || index == null) {
      if (!cleared) {
        cleared = true;
        shownVolume = null;
        shownCrosshair = null;
        scene.setLayer(SceneLayer.VOLUME, SceneContent.EMPTY);
      }
      return;
    }
    LoadedVolume volume = loaded.get();
    Vector3 crosshair = volume.grid().point(index);
    if (volume == shownVolume && crosshair.equals(shownCrosshair)) {
      return;
    }
    cleared = false;
    shownVolume = volume;
    shownCrosshair = crosshair;
    scene.setLayer(SceneLayer.VOLUME, VolumeScene.of(volume, crosshair));
  }
}
