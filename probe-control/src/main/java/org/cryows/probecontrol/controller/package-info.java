/**
 * The probe controller: an explicit state machine over {@link
 * org.cryows.probecontrol.console.ControllerState} that decides when gas flows. It runs the
 * interlocks, regulates the tip through the probe valve, sends a heartbeat, raises alarms, and
 * reports everything to {@link org.cryows.probecontrol.controller.ControllerEvents} before it acts.
 *
 * <p>Wiring: give it any {@link org.cryows.probecontrol.console.ConsoleLink}, feed the link's
 * reports to {@link org.cryows.probecontrol.controller.ProbeController#onReport} (or use {@link
 * org.cryows.probecontrol.controller.ProbeController#reportSink}), call {@link
 * org.cryows.probecontrol.controller.ProbeController#tick} at least every 10 ms. Replay: feed the
 * journaled operator actions and reports with their times to a fresh controller, then tick to the
 * journal's end; it makes the same calls to its events receiver.
 */
package org.cryows.probecontrol.controller;
