package org.cryows.ui.planes.model;

import java.util.Locale;

/**
 * The four plane views of a volume. Axial, coronal and sagittal keep the names of the patient
 * planes nearest to them, also when one of them shows the native slices of a tilted acquisition;
 * oblique is the free plane the user turns.
 */
public enum PlaneKind {
  AXIAL("Axial"),
  CORONAL("Coronal"),
  SAGITTAL("Sagittal"),
  OBLIQUE("Oblique");

  private final String title;

  PlaneKind(String title) {
    this.title = title;
  }

  /** The name in the screenshot's JSON and in node ids: "axial", "coronal", ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String title() {
    return title;
  }

  /** Axial, coronal and sagittal: the planes that follow the patient's (or the volume's) axes. */
  public boolean standard() {
    return this != OBLIQUE;
  }
}
