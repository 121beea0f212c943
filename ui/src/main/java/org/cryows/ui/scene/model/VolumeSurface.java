package org.cryows.ui.scene.model;

import java.util.List;
import java.util.Objects;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.Volume;
import org.cryows.ui.planes.model.VolumeGrid;

/**
 * An iso-surface of a volume: where its values cross {@code isoValue} (HU for CT), drawn in one
 * colour. The renderer extracts the triangles (and keeps them while the same surface is asked for:
 * equality is the same volume object, value, label and look).
 *
 * @param label what the surface is, for the legend ("Bone and contrast: 200 HU and above")
 * @param opacity 1 opaque, less for a see-through surface
 */
public record VolumeSurface(
    Volume volume, double isoValue, String label, SceneColour colour, double opacity) {

  public VolumeSurface {
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(colour, "colour");
    if (!Double.isFinite(isoValue)) {
      throw new IllegalArgumentException("an iso value is finite");
    }
    if (!(opacity > 0 && opacity <= 1)) {
      throw new IllegalArgumentException("opacity is above 0, at most 1: " + opacity);
    }
  }

  /** The volume's corner voxel centres, for the camera's bounds. */
  public List<Vector3> corners_Patient() {
    return VolumeGrid.of(volume).corners_Patient();
  }
}
