package org.cryows.probecontrol.interlock;

import java.util.List;

/** The full set of interlocks the controller runs, fresh for each controller. */
public final class Interlocks {

  private Interlocks() {}

  /** New instances of every interlock, e-stop first (it decides between FAULT and ESTOP). */
  public static List<Interlock> all() {
    return List.of(
        new EStopInterlock(),
        new FootSwitchInterlock(),
        new TipSensorInterlock(),
        new SupplyPressureHighInterlock(),
        new SupplyPressureLowInterlock(),
        new OverFreezeInterlock(),
        new SkinTemperatureLowInterlock(),
        new ExhaustBlockedInterlock(),
        new FreezeTimeInterlock(),
        new ValveStuckInterlock(),
        new LinkLossInterlock(),
        new FirmwareHangInterlock(),
        new FailureToFreezeInterlock(),
        new LeakInterlock(),
        new ProbeIdentityInterlock(),
        new ConsoleAlarmInterlock());
  }
}
