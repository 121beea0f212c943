package org.cryows.probecontrol.controller;

import java.util.List;
import java.util.Optional;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.cryows.treatment.PlanHash;

/**
 * What the operator can ask of the controller. Each is journaled before the controller acts on it,
 * including those it refuses, so a replay sees exactly what the operator did.
 */
public sealed interface OperatorAction {

  /** Opens the session with the console (asks for its identity). */
  record Connect() implements OperatorAction {}

  /** Runs the console's self-test. */
  record SelfTest() implements OperatorAction {}

  /**
   * Loads a freeze protocol, as the operator entered it: validated by the controller, so a refused
   * setpoint is journaled with the attempt and its reason comes back to the operator.
   *
   * @param planHash the content hash of the signed plan the protocol comes from, if it comes from
   *     one; journaled with the load, not sent to the console
   */
  record LoadProtocol(
      Gas gas, double setpointC, List<FreezeCycle> cycles, Optional<PlanHash> planHash)
      implements OperatorAction {
    public LoadProtocol {
      cycles = cycles == null ? List.of() : List.copyOf(cycles);
      planHash = planHash == null ? Optional.empty() : planHash;
    }

    /** A protocol entered without a plan. */
    public LoadProtocol(Gas gas, double setpointC, List<FreezeCycle> cycles) {
      this(gas, setpointC, cycles, Optional.empty());
    }

    public static LoadProtocol of(FreezeProtocol protocol) {
      return of(protocol, Optional.empty());
    }

    public static LoadProtocol of(FreezeProtocol protocol, Optional<PlanHash> planHash) {
      return new LoadProtocol(protocol.gas(), protocol.setpointC(), protocol.cycles(), planHash);
    }
  }

  /** Pressurises the line up to the closed probe valve. */
  record Arm() implements OperatorAction {}

  /** The foot switch as the workstation's own input reads it. */
  record FootSwitch(boolean pressed) implements OperatorAction {}

  /** Runs the whole loaded protocol. */
  record Start() implements OperatorAction {}

  /** Ends a run or disarms: valves closed, back to READY. */
  record Stop() implements OperatorAction {}

  /** Acknowledges one alarm by its code. */
  record Acknowledge(String alarm) implements OperatorAction {
    public Acknowledge {
      if (alarm == null || alarm.isBlank()) {
        throw new IllegalArgumentException("acknowledge needs an alarm code");
      }
    }
  }

  /** Pauses one alarm's audio (its visual signal stays). */
  record PauseAudio(String alarm) implements OperatorAction {
    public PauseAudio {
      if (alarm == null || alarm.isBlank()) {
        throw new IllegalArgumentException("audio pause needs an alarm code");
      }
    }
  }

  /** The workstation's emergency stop. */
  record EStop() implements OperatorAction {}
}
