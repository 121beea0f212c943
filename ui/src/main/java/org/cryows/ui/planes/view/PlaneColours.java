package org.cryows.ui.planes.view;

import javafx.scene.paint.Color;
import org.cryows.ui.planes.model.PlaneKind;

/**
 * Each plane view's colour: its name, its frame when active and its line in the other views. None
 * is alarm red, and none is an isotherm's, the nerve's or a vessel's colour (UI.md); the stylesheet
 * uses the same ones ({@code .plane-colour-axial}...).
 */
final class PlaneColours {
  static final Color AXIAL = Color.web("#F29B38");
  static final Color CORONAL = Color.web("#E8D44D");
  static final Color SAGITTAL = Color.web("#4CC3C9");
  static final Color OBLIQUE = Color.web("#FF7FD1");

  private PlaneColours() {}

  static Color of(PlaneKind kind) {
    return switch (kind) {
      case AXIAL -> AXIAL;
      case CORONAL -> CORONAL;
      case SAGITTAL -> SAGITTAL;
      case OBLIQUE -> OBLIQUE;
    };
  }
}
