package org.cryows.planner.prediction;

import java.util.OptionalDouble;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.JouleThomsonTip;

/**
 * The console's tip regulation in the model: a probe with a {@link ProbeCooling.RegulatedTip} is
 * held at the warmer of the protocol's setpoint and the temperature its gas reaches at the supply
 * pressure ({@link JouleThomsonTip#heldTipC}), the relation the console simulator's tip follows. A
 * -78 C setpoint with CO2 therefore freezes with the -75.7 C the gas reaches at 4480 kPa, not with
 * -78 C. Probes whose tip no console regulates run as their law says, and refuse a setpoint.
 */
final class TipRegulation {

  /** A probe with the cooling law it freezes with in this prediction. */
  record ResolvedProbe(ProbeModel probe, OptionalDouble heldTipC) {}

  private TipRegulation() {}

  static ResolvedProbe resolve(
      ProbeModel probe, FreezeProtocol protocol, double supplyKPa, ConsoleCapabilities console) {
    if (probe.cooling() instanceof ProbeCooling.RegulatedTip tip) {
      if (!console.drives(probe.gas())) {
        throw new InvalidThermalInputException(
            "probe "
                + probe.id()
                + " runs on "
                + probe.gas()
                + "; the console drives "
                + console.gasNames());
      }
      double heldC = JouleThomsonTip.heldTipC(protocol, supplyKPa, console);
      return new ResolvedProbe(probe.withCooling(tip.heldAt(heldC)), OptionalDouble.of(heldC));
    }
    if (protocol.setpointC() > protocol.gas().coldestTipC()) {
      throw new InvalidThermalInputException(
          "setpoint "
              + protocol.setpointC()
              + " C: probe "
              + probe.id()
              + " runs its gas open and no console regulates its tip; use a console probe, or"
              + " no setpoint");
    }
    return new ResolvedProbe(probe, OptionalDouble.empty());
  }
}
