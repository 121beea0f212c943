package org.cryows.treatment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a cryo console can drive: its gases, the supply pressures its controller accepts, the
 * pressure its regulator holds, the exhaust pressure at full flow, and whether it can thaw
 * actively. The plan predicts with these figures and the console's interlocks act on them, so both
 * read them from here.
 *
 * @param gases the gases it can run
 * @param minSupplyKPa below this supply pressure (gauge) the controller stops the gas: too low to
 *     freeze reliably
 * @param maxSupplyKPa above this supply pressure (gauge) the controller vents: over-pressure
 * @param regulatedSupplyKPa what its regulator holds (gauge), the supply pressure of a prediction
 * @param normalReturnKPa the exhaust (return line) pressure at the design flow, gauge
 * @param thawsActively whether it can heat the probe to thaw
 */
public record ConsoleCapabilities(
    Set<Gas> gases,
    double minSupplyKPa,
    double maxSupplyKPa,
    double regulatedSupplyKPa,
    double normalReturnKPa,
    boolean thawsActively) {

  /**
   * The console this workstation drives, and its simulator. Regulator at 4480 kPa (650 psi), inside
   * the 600-800 psi consoles use (DOMAIN.md, probes and consoles) and below N2O's 5.05 MPa at 20 C,
   * so both gases stay regulated while liquid. The controller's window: 4000 kPa (580 psi, just
   * under the 600 psi bottom of the range) to 4700 kPa (about 680 psi, 5 % above the regulator and
   * 130 kPa below the console's own 4830 kPa trip; probe-control docs/hazards.md). Exhaust 83 kPa
   * (12 psi), the middle of the 10-15 psi band (DOMAIN.md). Passive thaw only (the simulator models
   * no warm gas). To be confirmed with the real console's data sheet.
   */
  public static final ConsoleCapabilities STANDARD =
      new ConsoleCapabilities(EnumSet.of(Gas.CO2, Gas.N2O), 4_000, 4_700, 4_480, 83, false);

  public ConsoleCapabilities {
    Objects.requireNonNull(gases, "gases");
    if (gases.isEmpty()) {
      throw new IllegalArgumentException("a console drives at least one gas");
    }
    gases = Collections.unmodifiableSet(EnumSet.copyOf(gases));
    if (!(minSupplyKPa > 0) || !(regulatedSupplyKPa > minSupplyKPa)) {
      throw new IllegalArgumentException(
          "the regulated pressure "
              + regulatedSupplyKPa
              + " kPa must lie above the low-pressure limit "
              + minSupplyKPa
              + " kPa");
    }
    if (!(maxSupplyKPa > regulatedSupplyKPa) || !Double.isFinite(maxSupplyKPa)) {
      throw new IllegalArgumentException(
          "the high-pressure limit "
              + maxSupplyKPa
              + " kPa must lie above the regulated pressure "
              + regulatedSupplyKPa
              + " kPa");
    }
    if (!(normalReturnKPa > 0) || !(normalReturnKPa < minSupplyKPa)) {
      throw new IllegalArgumentException(
          "the normal return pressure must be positive and below the supply, got "
              + normalReturnKPa
              + " kPa");
    }
  }

  public boolean drives(Gas gas) {
    return gases.contains(gas);
  }

  /** The gases, for a message: "CO2 and N2O". */
  public String gasNames() {
    var names = gases.stream().map(Gas::name).toList();
    return names.size() == 1
        ? names.getFirst()
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
  }

  /**
   * Why this console cannot run a protocol, or empty when it can: a gas it does not drive, or an
   * active thaw it cannot do.
   */
  public Optional<String> refusal(FreezeProtocol protocol) {
    if (!drives(protocol.gas())) {
      return Optional.of("the console drives " + gasNames() + ", not " + protocol.gas());
    }
    if (!thawsActively && protocol.hasActiveThaw()) {
      return Optional.of("the console thaws passively only; drop the active thaws");
    }
    return Optional.empty();
  }
}
