package org.cryows.planner.plan;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.thermal.ProbeModel;

/**
 * A probe as the plan places it: its catalog model, its tip and the point where it enters the skin,
 * in the plan's frame. The shaft runs straight from the tip through the entry point.
 *
 * @param model a probe catalog id ({@code ./cryo plan catalog --probes})
 */
public record PlannedProbe(String model, Vector3 tipMm, Vector3 entryMm) {

  public PlannedProbe {
    Objects.requireNonNull(tipMm, "tipMm");
    Objects.requireNonNull(entryMm, "entryMm");
    model = ProbeCatalog.byId(model).id();
    if (!(entryMm.minus(tipMm).length() > 0)) {
      throw new IllegalArgumentException("the entry point must differ from the tip");
    }
  }

  public ProbeModel probe() {
    return ProbeCatalog.byId(model);
  }

  /** The unit direction from the tip towards the handle (through the entry point). */
  public Vector3 towardHandle() {
    return entryMm.minus(tipMm).normalized();
  }

  /** Length of the shaft inside the body, from the entry point to the tip, mm. */
  public double insertedLengthMm() {
    return entryMm.minus(tipMm).length();
  }

  public PlannedProbe withTip(Vector3 newTipMm) {
    return new PlannedProbe(model, newTipMm, entryMm);
  }

  public PlannedProbe withEntry(Vector3 newEntryMm) {
    return new PlannedProbe(model, tipMm, newEntryMm);
  }
}
