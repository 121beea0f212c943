package org.cryows.probecontrol.simulator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cryows.probecontrol.console.Fault;

/** The faults scheduled so far, and which of them are active at a given time. */
final class ActiveFaults {
  private final List<ScheduledFault> scheduled = new ArrayList<>();

  void add(ScheduledFault fault) {
    scheduled.add(fault);
  }

  Set<Fault> at(long tMs) {
    Set<Fault> active = EnumSet.noneOf(Fault.class);
    for (ScheduledFault f : scheduled) {
      if (f.activeAt(tMs)) {
        active.add(f.fault());
      }
    }
    return active;
  }

  /** The first onset or end of a fault after {@code tMs}, or {@link Long#MAX_VALUE}. */
  long nextChangeAfter(long tMs) {
    long next = Long.MAX_VALUE;
    for (ScheduledFault f : scheduled) {
      if (f.startMs() > tMs) {
        next = Math.min(next, f.startMs());
      }
      if (f.endMs() > tMs) {
        next = Math.min(next, f.endMs());
      }
    }
    return next;
  }
}
