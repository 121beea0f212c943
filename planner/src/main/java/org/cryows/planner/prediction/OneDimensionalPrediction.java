package org.cryows.planner.prediction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.RunMonitor;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.TissueProperties;
import org.cryows.planner.thermal.oned.DefaultSpacing;
import org.cryows.planner.thermal.oned.EnthalpySolver1d;
import org.cryows.planner.thermal.oned.Geometry1d;
import org.cryows.planner.thermal.oned.InnerBoundary;
import org.cryows.planner.thermal.oned.Problem1d;
import org.cryows.planner.thermal.oned.Solution1d;
import org.cryows.planner.validation.PredictionConditions;
import org.cryows.planner.validation.Validity;
import org.cryows.planner.validation.ValidityEnvelope;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;

/**
 * The one-dimensional fronts of a plane wall, a cylinder or a sphere: the verification cases of the
 * thermal model (exact solutions, the phantom's long probes), put together with their defaults here
 * so that a command only reads options and prints.
 */
public final class OneDimensionalPrediction {

  /** What cools the inner end of the domain. */
  public sealed interface Cooling {
    /** A wall held at a temperature (the Stefan problems). */
    record Wall(double temperatureC) implements Cooling {}

    /** Heat taken out on the axis of a cylinder, W/m (Paterson's line sink). */
    record LineSink(double wattsPerM) implements Cooling {}

    /** A probe's cooling law on its surface (a console probe's tip held as the console would). */
    record Probe(ProbeModel probe) implements Cooling {
      public Probe {
        Objects.requireNonNull(probe, "probe");
      }
    }
  }

  /**
   * One run.
   *
   * @param radiusMm the wall's radius on a cylinder or sphere (a probe brings its own)
   * @param setpointC the tip setpoint of a console probe (else as cold as its gas goes)
   */
  public record Request(
      Geometry1d geometry,
      Cooling cooling,
      OptionalDouble radiusMm,
      String tissueName,
      boolean sharpFront,
      double initialTemperatureC,
      List<Double> timesSec,
      List<Double> isothermsC,
      OptionalDouble spacingMm,
      List<FreezeCycle> cycles,
      Optional<ActiveThaw> activeThaw,
      OptionalDouble setpointC,
      double supplyPressureKPa,
      ConsoleCapabilities console) {

    public Request {
      Objects.requireNonNull(geometry, "geometry");
      Objects.requireNonNull(cooling, "cooling");
      Objects.requireNonNull(radiusMm, "radiusMm");
      Objects.requireNonNull(spacingMm, "spacingMm");
      Objects.requireNonNull(activeThaw, "activeThaw");
      Objects.requireNonNull(setpointC, "setpointC");
      Objects.requireNonNull(console, "console");
      timesSec = List.copyOf(timesSec);
      isothermsC = List.copyOf(isothermsC);
      cycles = List.copyOf(cycles);
    }
  }

  /** The problem as solved, its solution, the held tip of a console probe, and its validity. */
  public record Result(
      Problem1d problem,
      Solution1d solution,
      OptionalDouble heldTipC,
      Validity validity,
      double wallSec) {}

  private OneDimensionalPrediction() {}

  /** Checks the request and builds its problem (nothing computed yet), with the held tip. */
  public static Result prepare(Request request) {
    InnerBoundary boundary;
    OptionalDouble heldTip = OptionalDouble.empty();
    double innerRadiusMm;
    switch (request.cooling()) {
      case Cooling.Wall wall -> {
        boundary = new InnerBoundary.WallTemperature(wall.temperatureC());
        innerRadiusMm = request.radiusMm().orElse(0);
      }
      case Cooling.LineSink sink -> {
        boundary = new InnerBoundary.LineSink(sink.wattsPerM());
        innerRadiusMm = request.radiusMm().orElse(0);
      }
      case Cooling.Probe probe -> {
        ProbeModel model = probe.probe();
        if (request.radiusMm().isPresent()
            && request.radiusMm().getAsDouble() != model.radiusMm()) {
          throw new InvalidThermalInputException(
              "the radius "
                  + request.radiusMm().getAsDouble()
                  + " mm contradicts probe "
                  + model.id()
                  + " (radius "
                  + model.radiusMm()
                  + " mm); drop one");
        }
        var protocol =
            new FreezeProtocol(
                model.gas(),
                request.setpointC().orElse(model.gas().coldestTipC()),
                request.cycles(),
                request.activeThaw());
        var resolved =
            TipRegulation.resolve(model, protocol, request.supplyPressureKPa(), request.console());
        boundary = new InnerBoundary.CooledProbe(resolved.probe(), request.supplyPressureKPa());
        heldTip = resolved.heldTipC();
        innerRadiusMm = model.radiusMm();
      }
    }
    double spacing =
        request.spacingMm().orElse(DefaultSpacing.finestSpacingMm(boundary, innerRadiusMm));
    TissueProperties tissue = TissueCatalog.byName(request.tissueName());
    var problem =
        new Problem1d(
            request.geometry(),
            request.sharpFront() ? tissue.withoutBioheat() : tissue,
            request.sharpFront(),
            boundary,
            innerRadiusMm,
            request.initialTemperatureC(),
            PredictionDefaults.BODY_TEMPERATURE_C,
            spacing,
            request.timesSec(),
            request.isothermsC(),
            Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS,
            request.cycles(),
            request.activeThaw(),
            Problem1d.DEFAULT_EXPOSURE_THRESHOLDS_C);
    return new Result(problem, null, heldTip, validity(request, problem), 0);
  }

  /** Solves a prepared run. */
  public static Result run(Result prepared, RunMonitor monitor) {
    long start = System.nanoTime();
    Solution1d solution = new EnthalpySolver1d().solve(prepared.problem(), monitor);
    return new Result(
        prepared.problem(),
        solution,
        prepared.heldTipC(),
        prepared.validity(),
        (System.nanoTime() - start) * 1e-9);
  }

  private static Validity validity(Request request, Problem1d problem) {
    Optional<ProbeModel> probe =
        request.cooling() instanceof Cooling.Probe p ? Optional.of(p.probe()) : Optional.empty();
    return ValidityEnvelope.assess(
        new PredictionConditions(
            switch (request.geometry()) {
              case PLANAR -> "planar";
              case CYLINDRICAL -> "cylinder";
              case SPHERICAL -> "sphere";
            },
            TissueCatalog.byName(request.tissueName()).name(),
            request.sharpFront(),
            probe,
            request.cooling() instanceof Cooling.Wall wall
                ? Optional.of(wall.temperatureC())
                : Optional.empty(),
            request.cooling() instanceof Cooling.LineSink sink
                ? Optional.of(sink.wattsPerM())
                : Optional.empty(),
            request.timesSec().getLast(),
            problem.phases().size() > 1));
  }
}
