/**
 * The console simulator: a model of the cryo console's hardware (gas cylinder, regulator, valves,
 * supply and exhaust lines, Joule-Thomson probe tip, skin) and of its firmware (command handling,
 * self-test, and its own safety, independent of the workstation), driven by a simulated clock. Pure
 * logic: no threads, no sleeping, no I/O. {@link
 * org.cryows.probecontrol.simulator.ConsoleSimulator} is the entry point; faults are injected by
 * name through a {@link org.cryows.probecontrol.simulator.FaultSchedule}.
 */
package org.cryows.probecontrol.simulator;
