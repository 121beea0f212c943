package org.cryows.planner.thermal.cartesian;

import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.TissueProperties;

/**
 * The material of a cell whose centre lies inside a probe thinner than a cell's equivalent radius
 * (a probe any wider takes its cells out of the tissue: {@link ProbeWall}). Such a probe is a line
 * source spread over the cells it crosses, so those cells stay in the model; but what they hold is
 * probe, not tissue: it has no water to freeze and no blood flow. Left as tissue, they froze and
 * took latent heat that the extraction then did not spend on real tissue, and the 3-D ice ran
 * smaller than the axisymmetric solver's, whose probe is resolved. The core keeps the host tissue's
 * conductivity and heat capacity (the probe's own are not resolved at these spacings) and drops its
 * latent heat, perfusion and metabolism. Its mushy range is only where the sensible properties
 * switch from ice to unfrozen values; with no latent heat it is never sharp, so H(T) stays
 * one-to-one.
 */
final class ProbeCore {

  private ProbeCore() {}

  static EnthalpyModel model(TissueProperties host) {
    var core =
        new TissueProperties(
            "probe core in " + host.name(),
            "host tissue " + host.name() + " without latent heat, perfusion or metabolism",
            host.conductivityUnfrozenWPerMK(),
            host.conductivityFrozenWPerMK(),
            host.densityUnfrozenKgPerM3(),
            host.densityFrozenKgPerM3(),
            host.specificHeatUnfrozenJPerKgK(),
            host.specificHeatFrozenJPerKgK(),
            0,
            0,
            host.bloodDensityKgPerM3(),
            host.bloodSpecificHeatJPerKgK(),
            0,
            false);
    return EnthalpyModel.of(core, false);
  }
}
