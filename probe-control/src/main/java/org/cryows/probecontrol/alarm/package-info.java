/**
 * Alarms after IEC 60601-1-8: definitions with priorities and latching, a manager that applies
 * acknowledge and audio pause per alarm (never a global mute), events for the journal, and an
 * immutable snapshot for the UI. Pure logic on times given by the caller.
 */
package org.cryows.probecontrol.alarm;
