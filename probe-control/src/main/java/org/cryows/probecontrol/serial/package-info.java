/**
 * The jSerialComm adapter: a {@link org.cryows.probecontrol.transport.BytePort} on a serial device
 * (or a pseudo-terminal), with reconnection under exponential backoff up to a ceiling. The only
 * package that imports {@code com.fazecast}.
 */
package org.cryows.probecontrol.serial;
