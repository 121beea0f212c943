package org.cryows.probecontrol.simulator;

import java.util.Set;
import org.cryows.probecontrol.console.Fault;
import org.cryows.treatment.JouleThomsonTip;

/**
 * The console's hardware and the patient side of the probe, stepped together: cylinder, regulator,
 * supply shut-off valve, supply line (with the supply pressure sensor and the vent), probe valve,
 * probe tip, exhaust line, return gas and skin temperatures. It obeys valve commands and physics
 * only; every decision belongs to the firmware.
 */
final class Plant {
  /**
   * Gas flow through a fully open probe at working pressure: 0.4 g/s, about 13 standard litres a
   * minute of CO2. An estimate, no maker publishes it: the Joule-Thomson refrigeration of CO2 from
   * saturated liquid at 20 C to vapour at 1 atm is about 180 kJ/kg (CoolProp), so 0.4 g/s offers
   * about 70 W, far above the 1-2 W a 15 mm active length draws from tissue (DOMAIN.md's 80 W/m
   * line sink), because a gas probe loses most of its cooling to the stem and the cold exhaust.
   */
  static final double DESIGN_FLOW_GPS = 0.4;

  /** Probe valve travel: a small direct-acting solenoid valve closes in 10-30 ms; 20 ms here. */
  static final long PROBE_VALVE_TRAVEL_MS = 20;

  /** Supply shut-off valve travel: a larger valve, 40 ms here. */
  static final long SUPPLY_VALVE_TRAVEL_MS = 40;

  private final GasCylinder cylinder;
  private final Valve supplyValve = new Valve("supply shut-off valve", SUPPLY_VALVE_TRAVEL_MS);
  private final Valve probeValve = new Valve("probe valve", PROBE_VALVE_TRAVEL_MS);
  private final SupplyLine supplyLine = new SupplyLine();
  private final ExhaustLine exhaustLine = new ExhaustLine();
  private final ProbeTip tip = new ProbeTip(ProbeTip.TISSUE_C);
  private final ReturnGasTemperature returnGas =
      new ReturnGasTemperature(ReturnGasTemperature.ROOM_C);
  private final SkinTemperature skin = new SkinTemperature();
  private boolean venting = true;
  private double massFlowGps;

  Plant(GasCylinder cylinder) {
    this.cylinder = cylinder;
  }

  void step(long dtMs, Set<Fault> faults) {
    double dtSec = dtMs / 1000.0;
    double lineKPa = supplyLine.pressureKPa();
    double returnKPa = exhaustLine.pressureKPa();
    boolean blocked = faults.contains(Fault.BLOCKED_PROBE);
    boolean leaking = faults.contains(Fault.LEAK);
    // Valves move during the step; the flows use their mean opening over it, so the result hardly
    // depends on how the step is sliced.
    double probeOpenBefore = probeValve.openFraction();
    double supplyOpenBefore = supplyValve.openFraction();
    supplyValve.step(dtMs, false);
    probeValve.step(dtMs, faults.contains(Fault.VALVE_STUCK_OPEN));
    double probeOpen = (probeOpenBefore + probeValve.openFraction()) / 2;
    double supplyOpen = (supplyOpenBefore + supplyValve.openFraction()) / 2;

    double drivingKPa = blocked ? 0 : Math.max(0, lineKPa - returnKPa);
    double flowFraction =
        probeOpen * drivingKPa / (Regulator.SET_KPA - ExhaustLine.NORMAL_RETURN_KPA);
    massFlowGps = DESIGN_FLOW_GPS * flowFraction;
    // A leak between the valves loses gas at the rate the line model drains it.
    double leakGps =
        leaking
            ? DESIGN_FLOW_GPS
                * (SupplyLine.PROBE_DRAIN_TAU_SEC / SupplyLine.LEAK_TAU_SEC)
                * lineKPa
                / Regulator.SET_KPA
            : 0;
    if (supplyOpen > 0) {
      cylinder.draw((massFlowGps + leakGps) * dtSec);
    }

    double regulatorKPa =
        Regulator.outletKPa(
            cylinder.pressureKPa(),
            faults.contains(Fault.SUPPLY_PRESSURE_LOW),
            faults.contains(Fault.SUPPLY_PRESSURE_HIGH));
    double probeDrainFraction = lineKPa > 0 ? probeOpen * drivingKPa / lineKPa : 0;
    supplyLine.step(dtSec, regulatorKPa, supplyOpen, probeDrainFraction, leaking, venting);
    exhaustLine.step(dtSec, massFlowGps, faults.contains(Fault.EXHAUST_BLOCKED));
    double limitC =
        JouleThomsonTip.gasLimitC(cylinder.gas(), returnKPa, ExhaustLine.NORMAL_RETURN_KPA);
    tip.step(dtSec, ProbeTip.coolingRatio(flowFraction, lineKPa), limitC);
    returnGas.step(dtSec, flowFraction, tip.tipC());
    skin.step(dtSec, tip.tipC(), faults.contains(Fault.SKIN_TEMP_LOW));
  }

  /** Both valves commanded closed and the line vented: what every safety action does. */
  void commandSafeState() {
    probeValve.command(false);
    supplyValve.command(false);
    venting = true;
  }

  Valve probeValve() {
    return probeValve;
  }

  Valve supplyValve() {
    return supplyValve;
  }

  void setVenting(boolean venting) {
    this.venting = venting;
  }

  boolean venting() {
    return venting;
  }

  GasCylinder cylinder() {
    return cylinder;
  }

  double supplyKPa() {
    return supplyLine.pressureKPa();
  }

  double returnKPa() {
    return exhaustLine.pressureKPa();
  }

  /** The tip's true temperature (the thermocouple may read otherwise). */
  double trueTipC() {
    return tip.tipC();
  }

  double tipReadingC(Set<Fault> faults) {
    return TipThermocouple.readC(
        tip.tipC(),
        faults.contains(Fault.TIP_SENSOR_OPEN),
        faults.contains(Fault.TIP_SENSOR_SHORT));
  }

  double returnGasC() {
    return returnGas.returnC();
  }

  double skinC() {
    return skin.skinC();
  }

  /** Gas flow through the probe during the last step, g/s. */
  double massFlowGps() {
    return massFlowGps;
  }
}
