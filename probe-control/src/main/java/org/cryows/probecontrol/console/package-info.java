/**
 * The console's vocabulary, shared by the wire protocol, the controller, the simulator and the
 * journal: telemetry samples, commands, console reports and faults. Pure immutable values with no
 * I/O. The gas, the freeze protocol and the console's capabilities are the treatment vocabulary the
 * plan shares ({@code org.cryows.treatment}).
 */
package org.cryows.probecontrol.console;
