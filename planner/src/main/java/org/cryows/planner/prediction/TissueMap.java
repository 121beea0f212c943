package org.cryows.planner.prediction;

import java.util.Objects;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.cartesian.TissueLabelVolume;

/** What the tissue around the probes is: one catalog tissue, or a labelled volume. */
public sealed interface TissueMap {

  /** One catalog tissue everywhere (the structures of the request may add bone and vessels). */
  record Homogeneous(String tissueName) implements TissueMap {
    public Homogeneous {
      Objects.requireNonNull(tissueName, "tissueName");
      TissueCatalog.byName(tissueName);
    }
  }

  /**
   * A segmentation in the plan's frame; its box is the model's domain, so the probes, the sample
   * points and the skin must lie in it.
   */
  record Labelled(TissueLabelVolume labels) implements TissueMap {
    public Labelled {
      Objects.requireNonNull(labels, "labels");
    }
  }
}
