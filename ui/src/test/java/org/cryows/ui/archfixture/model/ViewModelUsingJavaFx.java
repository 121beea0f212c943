package org.cryows.ui.archfixture.model;

/**
 * Breaks a rule on purpose: a view-model holding a JavaFX property. Only imported, never loaded.
 */
public class ViewModelUsingJavaFx {
  javafx.beans.property.IntegerProperty frame() {
    return null;
  }
}
