package org.cryows.ui.scene.model;

/**
 * Who put content in the scene: the volume's surfaces and the planes' crosshair; the plan's probes,
 * nerves, vessels and isotherms; an ultrasound image in space. Each layer is replaced whole.
 */
public enum SceneLayer {
  VOLUME,
  PLAN,
  ULTRASOUND
}
