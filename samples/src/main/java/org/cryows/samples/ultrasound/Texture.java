package org.cryows.samples.ultrasound;

/** A backscatter multiplier over the tissue (world mm), fixed to it: the probe moves over it. */
@FunctionalInterface
public interface Texture {
  Texture UNIFORM = (u, y) -> 1f;

  float multiplier(double uMm, double yMm);
}
