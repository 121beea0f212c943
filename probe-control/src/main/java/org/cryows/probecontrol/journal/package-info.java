/**
 * The session journal: an append-only, crash-safe, tamper-evident record of every command,
 * telemetry sample, alarm, state change and operator action of a treatment session, and the reader
 * that verifies it, seeks to any session time and streams it forward for replay. The file format,
 * sync policy, recovery and key handling are described in {@code probe-control/docs/journal.md}.
 */
package org.cryows.probecontrol.journal;
