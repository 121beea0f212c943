/**
 * Byte transport between the workstation and the console: the {@link
 * org.cryows.probecontrol.transport.BytePort} port, an in-memory pair for tests and the in-process
 * demo, a decorator that injects line noise, and the monotonic clock the link layer runs on. No
 * serial library here; the jSerialComm adapter lives in {@code org.cryows.probecontrol.serial}.
 */
package org.cryows.probecontrol.transport;
