/**
 * The interlocks: small, independent checks over the controller's view of the console, each with
 * its thresholds (and their reasons), its deadline from a fault's onset to gas stopped, and the
 * safe state it commands. Pure logic; the controller runs them on every sample and period.
 */
package org.cryows.probecontrol.interlock;
