/**
 * The console's vocabulary, shared by the wire protocol, the controller, the simulator and the
 * journal: gases, freeze protocols, telemetry samples, commands, console reports and faults. Pure
 * immutable values with no I/O.
 */
package org.cryows.probecontrol.console;
