package org.cryows.ui.planes.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cryows.imaging.volume.Vector3;

/**
 * The orientation letters of a direction in the patient frame (DICOM LPS: x towards the patient's
 * left, y posterior, z towards the head), as radiologists read them at the edges of an image: L or
 * R, P or A, S or I, the strongest component first. A component joins the main one when it is at
 * least {@value #SECONDARY_COMPONENT} (about 6 degrees of tilt), so a plane tilted by 10 degrees
 * says so ("PS") while rounding noise in the direction cosines does not.
 */
public final class PatientDirection {

  /** The smallest component (of a unit direction) that adds its letter. */
  public static final double SECONDARY_COMPONENT = 0.1;

  private PatientDirection() {}

  /** The letters of the patient side {@code direction} points to ("L", "PS", "RAI"...). */
  public static String label(Vector3 direction) {
    Vector3 d = direction.normalized();
    record Component(double value, char positive, char negative) {}
    List<Component> components =
        new ArrayList<>(
            List.of(
                new Component(d.x(), 'L', 'R'),
                new Component(d.y(), 'P', 'A'),
                new Component(d.z(), 'S', 'I')));
    components.sort(Comparator.comparingDouble((Component c) -> -Math.abs(c.value())));
    StringBuilder label = new StringBuilder();
    for (int n = 0; n < components.size(); n++) {
      Component c = components.get(n);
      if (n == 0 || Math.abs(c.value()) >= SECONDARY_COMPONENT) {
        label.append(c.value() >= 0 ? c.positive() : c.negative());
      }
    }
    return label.toString();
  }
}
