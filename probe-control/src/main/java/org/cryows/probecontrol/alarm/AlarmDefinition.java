package org.cryows.probecontrol.alarm;

import org.cryows.probecontrol.console.AlarmPriority;

/**
 * What an alarm is, independent of any occurrence: its code (stable, used by the operator to
 * acknowledge it and by the journal), its IEC 60601-1-8 priority, whether it latches, and a title
 * for the operator.
 *
 * @param latching a latching alarm keeps signalling after its condition ends, until acknowledged
 */
public record AlarmDefinition(String code, AlarmPriority priority, boolean latching, String title) {

  public AlarmDefinition {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("alarm code must not be blank");
    }
    if (priority == null) {
      throw new IllegalArgumentException("alarm " + code + ": priority is required");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("alarm " + code + ": title must not be blank");
    }
  }
}
