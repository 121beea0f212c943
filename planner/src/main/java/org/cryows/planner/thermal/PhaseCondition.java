package org.cryows.planner.thermal;

/**
 * What a probe's boundary does to the tissue during one phase of a protocol, as far as the phase
 * sequence cares: each geometry has its own boundary types (an active segment in axisym, an inner
 * wall or sink in 1-D), and each says which phases it can serve.
 */
public interface PhaseCondition {

  /** Takes heat out of the tissue (or holds a wall at a set temperature): can drive a freeze. */
  boolean canFreeze();

  /** Neither takes nor gives heat: the probe of a passive thaw. */
  boolean isInsulated();

  /** Puts heat in (warm gas, a heater or a wall above 0 C): can drive an active thaw. */
  boolean canThawActively();
}
