package org.cryows.ui.plan.model;

import java.util.List;
import java.util.Locale;
import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.planes.model.LoadedVolume;
import org.cryows.ui.scene.model.SceneColours;
import org.cryows.ui.scene.model.SceneContent;
import org.cryows.ui.scene.model.SceneMarker;
import org.cryows.ui.scene.model.VolumeSurface;

/**
 * What the 3-D view shows of the volume in the planes: iso-surfaces chosen by modality and the
 * planes' crosshair as a ball, so the two views point at the same place.
 *
 * <p>CT: bone at 200 HU (cancellous bone lies at about 200-400 HU, cortical bone above 1000; in an
 * angiogram the contrast-filled arteries, about 300 HU, come with it) and the skin at -300 HU, half
 * way between air (-1000) and fat (-100), drawn see-through. MR signal has no fixed scale and bone
 * is dark: one surface between background and body, at the threshold that best splits the volume's
 * values in two (Otsu's).
 */
public final class VolumeScene {

  /** The CT bone surface, in HU. */
  public static final double BONE_HU = 200;

  /** The CT skin surface, in HU. */
  public static final double SKIN_HU = -300;

  /** How opaque the skin is: enough to see its shape, little enough to see the bones inside. */
  static final double SKIN_OPACITY = 0.3;

  /** The crosshair's ball: this share of the volume's half diagonal, at least 2 mm across. */
  static final double MARKER_SHARE = 0.03;

  static final double MARKER_MIN_MM = 2;

  public static final String CROSSHAIR = "Crosshair of the planes";

  private VolumeScene() {}

  /** The surfaces shown for the volume. */
  public static List<VolumeSurface> surfaces(LoadedVolume loaded) {
    if ("CT".equals(loaded.modality())) {
      return List.of(
          new VolumeSurface(
              loaded.volume(),
              BONE_HU,
              String.format(Locale.ROOT, "Bone and contrast (%.0f HU)", BONE_HU),
              SceneColours.BONE,
              1),
          new VolumeSurface(
              loaded.volume(),
              SKIN_HU,
              String.format(Locale.ROOT, "Skin (%.0f HU)", SKIN_HU),
              SceneColours.SKIN,
              SKIN_OPACITY));
    }
    double threshold = loaded.values().otsuThreshold();
    return List.of(
        new VolumeSurface(
            loaded.volume(),
            threshold,
            String.format(Locale.ROOT, "Body (signal %.0f, Otsu)", threshold),
            SceneColours.SKIN,
            1));
  }

  /** The volume's surfaces and the crosshair at {@code crosshair_Patient}. */
  public static SceneContent of(LoadedVolume loaded, Vector3 crosshair_Patient) {
    double halfDiagonal =
        loaded
                .grid()
                .corners_Patient()
                .get(7)
                .minus(loaded.grid().corners_Patient().get(0))
                .length()
            / 2;
    double diameter = Math.max(MARKER_MIN_MM, MARKER_SHARE * halfDiagonal);
    return SceneContent.ofSurfaces(surfaces(loaded))
        .withMarkers(
            List.of(
                new SceneMarker(CROSSHAIR, crosshair_Patient, diameter, SceneColours.CROSSHAIR)));
  }
}
