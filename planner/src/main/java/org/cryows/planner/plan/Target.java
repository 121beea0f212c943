package org.cryows.planner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.Nerve;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.treatment.FreezeProtocol;

/**
 * One nerve to freeze: the catalog nerve, the side, its course as the radiologist traced it, the
 * probes that freeze it and the protocol they run.
 *
 * @param nerve a nerve catalog id ({@code SMGN}, {@code ICN-T5-L}); stored as the catalog spells it
 * @param pathMm the nerve's course, a polyline of at least two distinct points in the plan's frame
 * @param probes at least one; each must run on the protocol's gas
 */
public record Target(
    String nerve,
    Side side,
    List<Vector3> pathMm,
    List<PlannedProbe> probes,
    FreezeProtocol protocol) {

  public Target {
    nerve = NerveCatalog.byId(nerve).id();
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(protocol, "protocol");
    pathMm = List.copyOf(pathMm);
    probes = List.copyOf(probes);
    if (pathMm.size() < 2) {
      throw new IllegalArgumentException("a nerve's path needs at least two points");
    }
    for (int i = 1; i < pathMm.size(); i++) {
      if (!(pathMm.get(i).minus(pathMm.get(i - 1)).length() > 0)) {
        throw new IllegalArgumentException("the nerve's path repeats point " + i);
      }
    }
    if (probes.isEmpty()) {
      throw new IllegalArgumentException("a target needs at least one probe");
    }
    for (int p = 0; p < probes.size(); p++) {
      var probe = probes.get(p).probe();
      if (probe.gas() != protocol.gas()) {
        throw new IllegalArgumentException(
            "probe "
                + p
                + " ("
                + probe.id()
                + ") runs on "
                + probe.gas()
                + ", the protocol on "
                + protocol.gas());
      }
    }
    var named = sideOf(nerve);
    if (named.isPresent() && named.get() != side) {
      throw new IllegalArgumentException(
          "nerve " + nerve + " lies on side " + named.get() + ", not " + side);
    }
  }

  /** The catalog entry. */
  public Nerve nerveEntry() {
    return NerveCatalog.byId(nerve);
  }

  /** The side a catalog id names itself ({@code ICN-T5-L}), if it names one. */
  static java.util.Optional<Side> sideOf(String nerveId) {
    if (nerveId.endsWith("-L")) {
      return java.util.Optional.of(Side.L);
    }
    if (nerveId.endsWith("-R")) {
      return java.util.Optional.of(Side.R);
    }
    return java.util.Optional.empty();
  }

  /** Length of the traced course, mm. */
  public double pathLengthMm() {
    double length = 0;
    for (int i = 1; i < pathMm.size(); i++) {
      length += pathMm.get(i).minus(pathMm.get(i - 1)).length();
    }
    return length;
  }

  public Target withPath(List<Vector3> newPathMm) {
    return new Target(nerve, side, newPathMm, probes, protocol);
  }

  public Target withProbes(List<PlannedProbe> newProbes) {
    return new Target(nerve, side, pathMm, newProbes, protocol);
  }

  public Target withProbe(int index, PlannedProbe probe) {
    List<PlannedProbe> changed = new ArrayList<>(probes);
    changed.set(index, probe);
    return withProbes(changed);
  }

  public Target withProtocol(FreezeProtocol newProtocol) {
    return new Target(nerve, side, pathMm, probes, newProtocol);
  }
}
