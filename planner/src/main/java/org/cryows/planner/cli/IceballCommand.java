package org.cryows.planner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.ThermalModelFailure;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.TissueProperties;
import org.cryows.planner.thermal.axisym.ActiveSegmentCondition;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;
import org.cryows.planner.thermal.axisym.AxisymmetricSolution;
import org.cryows.planner.thermal.axisym.AxisymmetricSolver;
import org.cryows.planner.thermal.axisym.IsothermContour;
import org.cryows.planner.thermal.axisym.SkinSurface;
import org.cryows.planner.thermal.cartesian.CartesianProblem;
import org.cryows.planner.thermal.cartesian.CartesianSolution;
import org.cryows.planner.thermal.cartesian.CartesianSolver;
import org.cryows.planner.thermal.cartesian.PointMm;
import org.cryows.planner.thermal.cartesian.ProbeIceBall;
import org.cryows.planner.thermal.cartesian.ProbePlacement;
import org.cryows.planner.thermal.cartesian.TissueLabelVolume;
import org.cryows.planner.thermal.oned.DefaultSpacing;
import org.cryows.planner.thermal.oned.EnthalpySolver1d;
import org.cryows.planner.thermal.oned.Geometry1d;
import org.cryows.planner.thermal.oned.InnerBoundary;
import org.cryows.planner.thermal.oned.Problem1d;
import org.cryows.planner.thermal.oned.Solution1d;
import org.cryows.planner.validation.PhantomProbes;
import org.cryows.planner.validation.PredictionConditions;
import org.cryows.planner.validation.Validity;
import org.cryows.planner.validation.ValidityEnvelope;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./cryo iceball}: predicts the ice ball of one freeze and prints its fronts. */
@Command(
    name = "iceball",
    description = {
      "Predict the ice ball of one freeze with the bioheat model (enthalpy form, phase change).",
      "Cooling: exactly one of --wall-temp, --line-sink (cylinder, axisym) or --probe (cylinder,"
          + " axisym).",
      "Output with --json, one line on stdout: {\"times_s\": [...], \"front_mm\": {\"<isotherm as"
          + " given>\": [value per time or null]}, \"wall_s\": compute seconds}; for axisym"
          + " \"length_mm\" and \"diameter_mm\" replace \"front_mm\". front_mm is the distance from"
          + " the wall (planar) or the radius (cylinder, sphere); null while the isotherm does not"
          + " exist. Also \"validity\" (validated, verified-only or outside the validated envelope,"
          + " with reasons and the uncertainty) and \"model\" (version and every parameter, to"
          + " reproduce the prediction).",
      "Protocol: a freeze, then optionally a passive thaw and an active thaw (--passive-thaw-s,"
          + " --active-thaw-s); --times are counted from the start of the freeze.",
      "Exit code: 0 on success, 2 on invalid input (message on stderr), 1 if the model failed."
    })
public final class IceballCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(IceballCommand.class);

  /** Invalid input, as picocli reports bad options too. */
  static final int EXIT_INVALID_INPUT = 2;

  static final int EXIT_MODEL_FAILURE = 1;

  /** 3-D default spacing: within one cell of the axisymmetric solver (cartesian.md). */
  static final double THREE_D_SPACING_MM = 0.5;

  /** Side of the tissue cube of a 3-D run. */
  static final double THREE_D_CUBE_MM = 50;

  /** The geometries by their command-line names. */
  enum Geometry {
    PLANAR("planar"),
    CYLINDER("cylinder"),
    SPHERE("sphere"),
    AXISYM("axisym"),
    THREE_D("3d");

    private final String cliName;

    Geometry(String cliName) {
      this.cliName = cliName;
    }

    static Geometry parse(String text) {
      for (Geometry geometry : values()) {
        if (geometry.cliName.equals(text)) {
          return geometry;
        }
      }
      throw new InvalidThermalInputException(
          "unknown geometry '" + text + "'; use planar, cylinder, sphere, axisym or 3d");
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--geometry",
      required = true,
      paramLabel = "planar|cylinder|sphere|axisym|3d",
      description = "Planar wall, cylinder or sphere (1-D), one probe (axisym) or 3-D.")
  String geometry;

  @Option(
      names = "--wall-temp",
      paramLabel = "C",
      description = "Fixed wall or probe surface temperature.")
  Double wallTemperatureC;

  @Option(
      names = "--line-sink",
      paramLabel = "W_PER_M",
      description =
          "Heat extraction per metre: on the axis (cylinder, radius 0) or over the active"
              + " surface (axisym).")
  Double lineSinkWattsPerMeter;

  @Option(
      names = "--radius-mm",
      paramLabel = "R",
      description = "Probe radius for a wall temperature on a cylinder or sphere, or in axisym.")
  Double radiusMm;

  @Option(
      names = "--active-length-mm",
      paramLabel = "L",
      description = "Active (freezing) length in axisym without --probe.")
  Double activeLengthMm;

  @Option(
      names = "--probe",
      paramLabel = "ID",
      description = "Catalog probe with its cooling law (sets radius and active length).")
  String probeId;

  @Option(
      names = "--supply-pressure-kpa",
      paramLabel = "P",
      description =
          "Gas supply pressure for --probe (default ${DEFAULT-VALUE} kPa, 650 psi: the console's"
              + " regulated pressure).")
  double supplyPressureKPa = ConsoleCapabilities.STANDARD.regulatedSupplyKPa();

  @Option(
      names = "--tissue",
      paramLabel = "NAME",
      description =
          "Tissue (default ${DEFAULT-VALUE}): generic, muscle, fat, skin, bone, blood," + " water.")
  String tissueName = "generic";

  @Option(
      names = "--initial",
      paramLabel = "C",
      description = "Initial and far-field tissue temperature (default ${DEFAULT-VALUE}).")
  double initialTemperatureC = Problem1d.BODY_TEMPERATURE_C;

  @Option(
      names = "--times",
      required = true,
      split = ",",
      paramLabel = "S1,S2,...",
      description = "Output times in seconds, increasing.")
  List<Double> timesSec;

  @Option(
      names = "--isotherms",
      split = ",",
      paramLabel = "C1,C2,...",
      description = "Isotherms to report (default 0,-20,-40).")
  List<String> isotherms = List.of("0", "-20", "-40");

  @Option(
      names = "--dx-mm",
      paramLabel = "D",
      description =
          "Finest grid spacing; default chosen for 1 %% accuracy (planar 0.1, line sink 0.04,"
              + " axisym 0.2 mm; at most a quarter of a probe radius).")
  Double spacingMm;

  @Option(
      names = "--dt-s",
      paramLabel = "S",
      description =
          "Largest time step of the axisym solver (default ${DEFAULT-VALUE} s; shorter steps at"
              + " the start of each phase).")
  double timeStepSec = AxisymmetricProblem.DEFAULT_TIME_STEP_SEC;

  @Option(
      names = "--freeze-s",
      paramLabel = "S",
      description = "Length of the freeze (default: until the last time).")
  Double freezeSec;

  @Option(
      names = "--passive-thaw-s",
      paramLabel = "S",
      description = "A passive thaw after the freeze: gas off, no heat through the probe.")
  Double passiveThawSec;

  @Option(
      names = "--active-thaw-s",
      paramLabel = "S",
      description = "An active thaw after that: needs --thaw-wall-temp or --thaw-heat (warm gas).")
  Double activeThawSec;

  @Option(
      names = "--thaw-wall-temp",
      paramLabel = "C",
      description = "Active thaw: probe surface held at this temperature (above 0 C).")
  Double thawWallC;

  @Option(
      names = "--thaw-heat",
      paramLabel = "W_PER_M",
      description = "Active thaw: heat input per metre of active length (planar: W/m2; sphere: W).")
  Double thawHeatWattsPerMeter;

  @Option(
      names = "--skin-depth-mm",
      paramLabel = "D",
      description = "Axisym: skin plane this far above the tip (default: tissue all round).")
  Double skinDepthMm;

  @Option(
      names = "--skin-h",
      paramLabel = "W_PER_M2K",
      description = "Skin heat transfer coefficient (default ${DEFAULT-VALUE}, still air).")
  double skinHeatTransferWPerM2K = SkinSurface.STILL_AIR_W_PER_M2K;

  @Option(
      names = "--skin-ambient",
      paramLabel = "C",
      description = "Room air over the skin (default ${DEFAULT-VALUE} C).")
  double skinAmbientC = 22;

  @Option(
      names = "--skin-warmer",
      paramLabel = "C",
      description = "Skin warmer set temperature; replaces the room air over the skin.")
  Double skinWarmerC;

  @Option(
      names = "--contours",
      description = "Axisym: add contours_mm, the isotherms as (r, z) lines at each time.")
  boolean contours;

  @Option(
      names = "--sharp-front",
      description =
          "Exact-solution conditions: isothermal freezing at 0 C and pure conduction (blood"
              + " perfusion and metabolic heat off), as the Neumann and line-sink solutions"
              + " assume.")
  boolean sharpFront;

  @Option(names = "--json", description = "Print the result as one line of JSON.")
  boolean json;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Supplier<Map<String, Object>> run;
    try {
      run = prepare();
    } catch (IllegalArgumentException e) {
      // Every value object checks its input; nothing has been computed yet.
      err.println("iceball: " + e.getMessage());
      err.flush();
      return EXIT_INVALID_INPUT;
    }
    try {
      print(run.get());
      return 0;
    } catch (ThermalModelFailure e) {
      err.println("iceball: the thermal model failed: " + e.getMessage());
      err.flush();
      return EXIT_MODEL_FAILURE;
    }
  }

  /** Checks every option and builds the run; throws before any computation on bad input. */
  private Supplier<Map<String, Object>> prepare() {
    List<Double> isothermsC = parseIsotherms();
    return switch (Geometry.parse(geometry)) {
      case PLANAR -> oneDimensional(Geometry1d.PLANAR, isothermsC);
      case CYLINDER -> oneDimensional(Geometry1d.CYLINDRICAL, isothermsC);
      case SPHERE -> oneDimensional(Geometry1d.SPHERICAL, isothermsC);
      case AXISYM -> axisymmetric(isothermsC);
      case THREE_D -> threeDimensional(isothermsC);
    };
  }

  /**
   * One probe along z, its active segment centred in a 50 mm cube of the tissue, one freeze until
   * the last time; the 3-D solver with the probe as a line source (--wall-temp needs the probe
   * surface resolved, so it is refused here).
   */
  private Supplier<Map<String, Object>> threeDimensional(List<Double> isothermsC) {
    requireExactlyOneCooling();
    if (wallTemperatureC != null) {
      throw new InvalidThermalInputException(
          "geometry 3d models a probe as a line source and cannot hold a wall temperature; use"
              + " --probe or --line-sink (or axisym for --wall-temp)");
    }
    ProbeModel probe;
    double pressureKPa;
    if (probeId != null) {
      requireSupplyPressure();
      probe = ProbeCatalog.byId(probeId);
      if (activeLengthMm != null || radiusMm != null) {
        throw new InvalidThermalInputException(
            "--probe sets the radius and active length in 3d; drop --radius-mm and"
                + " --active-length-mm");
      }
      pressureKPa = supplyPressureKPa;
    } else {
      requirePositiveLineSink();
      double radius = radiusMm != null ? radiusMm : 1.0;
      if (activeLengthMm == null) {
        throw new InvalidThermalInputException(
            "geometry 3d with --line-sink needs --active-length-mm");
      }
      double length = activeLengthMm;
      pressureKPa = ConsoleCapabilities.STANDARD.regulatedSupplyKPa();
      probe =
          new ProbeModel(
              "line-sink",
              "--line-sink " + lineSinkWattsPerMeter + " W/m",
              OptionalInt.empty(),
              2 * radius,
              length,
              Gas.N2O,
              new ProbeCooling.LineHeatExtraction(lineSinkWattsPerMeter, 0, pressureKPa),
              new CoolingProvenance.Estimated("given on the command line"));
    }
    if (timesSec == null || timesSec.isEmpty() || !(timesSec.getLast() > 0)) {
      throw new InvalidThermalInputException("geometry 3d needs a last time above 0 s");
    }
    double spacing = spacingMm != null ? spacingMm : THREE_D_SPACING_MM;
    double halfSideMm = THREE_D_CUBE_MM / 2;
    var labels =
        TissueLabelVolume.builder(
                PointMm.of(-halfSideMm, -halfSideMm, -halfSideMm), THREE_D_CUBE_MM, 1, 1, 1, 1)
            .tissue(1, tissueName)
            .build();
    var problem =
        new CartesianProblem(
            labels,
            sharpFront,
            !sharpFront,
            List.of(
                new ProbePlacement(
                    probe,
                    PointMm.of(0, 0, -probe.activeLengthMm() / 2),
                    PointMm.of(0, 0, 1),
                    pressureKPa)),
            List.of(new FreezeCycle(timesSec.getLast(), 0)),
            Optional.empty(),
            List.of(),
            List.of(),
            initialTemperatureC,
            Problem1d.BODY_TEMPERATURE_C,
            spacing,
            CartesianProblem.defaultTimeStepSec(spacing),
            timesSec,
            isothermsC,
            List.of());
    Validity validity = ValidityEnvelope.assess(conditions(null, false));
    return () -> {
      LOG.info("iceball: 3-D, probe {}, {} mm spacing", probe.id(), spacing);
      long start = System.nanoTime();
      CartesianSolution solution = new CartesianSolver().solve(problem);
      double wallSec = (System.nanoTime() - start) * 1e-9;
      ProbeIceBall ice = solution.iceBall(0);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("times_s", problem.outputTimesSec());
      result.put("length_mm", byIsotherm(ice.lengthsMm()));
      result.put("diameter_mm", byIsotherm(ice.diametersMm()));
      result.put("model_version", solution.modelVersion());
      result.put("wall_s", wallSec);
      result.put("validity", validityJson(validity));
      Map<String, Object> model = modelJson(solution.modelVersion());
      model.put("spacing_mm", spacing);
      model.put("time_step_s", problem.timeStepSec());
      // The far field is the cube's faces here, not a distance in diffusion lengths.
      model.remove("far_field_diffusion_lengths");
      model.put("cube_mm", THREE_D_CUBE_MM);
      model.put(
          "cells",
          List.of(solution.grid().cells(0), solution.grid().cells(1), solution.grid().cells(2)));
      model.put("steps", solution.steps());
      result.put("model", model);
      return result;
    };
  }

  private List<Double> parseIsotherms() {
    List<Double> values = new ArrayList<>();
    for (String text : isotherms) {
      try {
        values.add(Double.parseDouble(text.strip()));
      } catch (NumberFormatException e) {
        throw new InvalidThermalInputException("isotherm '" + text + "' is not a number");
      }
    }
    if (values.stream().distinct().count() != values.size()) {
      throw new InvalidThermalInputException("each isotherm may be given once: " + isotherms);
    }
    return values;
  }

  private TissueProperties tissue() {
    TissueProperties tissue = TissueCatalog.byName(tissueName);
    return sharpFront ? tissue.withoutBioheat() : tissue;
  }

  private Supplier<Map<String, Object>> oneDimensional(
      Geometry1d geometry1d, List<Double> isothermsC) {
    InnerBoundary boundary = oneDimensionalBoundary();
    double innerRadiusMm =
        boundary instanceof InnerBoundary.CooledProbe cooled
            ? probeRadius(cooled.probe())
            : radiusMm == null ? 0 : radiusMm;
    double spacing =
        spacingMm != null ? spacingMm : DefaultSpacing.finestSpacingMm(boundary, innerRadiusMm);
    var problem =
        new Problem1d(
            geometry1d,
            tissue(),
            sharpFront,
            boundary,
            innerRadiusMm,
            initialTemperatureC,
            Problem1d.BODY_TEMPERATURE_C,
            spacing,
            timesSec,
            isothermsC,
            Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS,
            cycles(),
            activeThaw(),
            Problem1d.DEFAULT_EXPOSURE_THRESHOLDS_C);
    Validity validity = ValidityEnvelope.assess(conditions(boundary, problem.phases().size() > 1));
    return () -> {
      LOG.info("iceball: {} geometry, {} mm spacing", geometry1d, spacing);
      long start = System.nanoTime();
      Solution1d solution = new EnthalpySolver1d().solve(problem);
      double wallSec = (System.nanoTime() - start) * 1e-9;
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("times_s", problem.timesSec());
      result.put("front_mm", byIsotherm(solution.frontsMm()));
      result.put("wall_s", wallSec);
      result.put("validity", validityJson(validity));
      Map<String, Object> model = modelJson(EnthalpySolver1d.MODEL_VERSION);
      model.put("spacing_mm", spacing);
      model.put("time_step_s", solution.timeStepSec());
      model.put("cells", solution.cellCount());
      result.put("model", model);
      return result;
    };
  }

  private InnerBoundary oneDimensionalBoundary() {
    requireExactlyOneCooling();
    if (wallTemperatureC != null) {
      return new InnerBoundary.WallTemperature(wallTemperatureC);
    }
    if (lineSinkWattsPerMeter != null) {
      requirePositiveLineSink();
      return new InnerBoundary.LineSink(lineSinkWattsPerMeter);
    }
    requireSupplyPressure();
    return new InnerBoundary.CooledProbe(probe(), supplyPressureKPa);
  }

  /** A catalog probe, or a phantom probe fitted to published measurements. */
  private ProbeModel probe() {
    if (PhantomProbes.all().stream().anyMatch(probe -> probe.id().equals(probeId))) {
      return PhantomProbes.byId(probeId);
    }
    return ProbeCatalog.byId(probeId);
  }

  /** One cycle: the freeze, then the thaws asked for. */
  private List<FreezeCycle> cycles() {
    return List.of(
        new FreezeCycle(
            freezeLengthSec(),
            passiveThawSec == null ? 0 : passiveThawSec,
            activeThawSec == null ? 0 : activeThawSec));
  }

  /** The active thaw's heating: a warm wall or a heat input. */
  private Optional<ActiveThaw> activeThaw() {
    if (activeThawSec == null) {
      return Optional.empty();
    }
    return Optional.of(
        thawWallC != null
            ? new ActiveThaw.WarmWall(thawWallC)
            : new ActiveThaw.HeatInput(requiredThawHeat()));
  }

  private double freezeLengthSec() {
    if (freezeSec != null) {
      return freezeSec;
    }
    if (passiveThawSec != null || activeThawSec != null) {
      throw new InvalidThermalInputException("a thaw needs the freeze length (--freeze-s)");
    }
    double last = timesSec.getLast();
    return last > 0 ? last : 1;
  }

  private double requiredThawHeat() {
    if (thawHeatWattsPerMeter == null) {
      throw new InvalidThermalInputException(
          "--active-thaw-s needs --thaw-wall-temp or --thaw-heat");
    }
    return thawHeatWattsPerMeter;
  }

  private PredictionConditions conditions(Object cooling, boolean thaws) {
    Optional<ProbeModel> probe =
        cooling instanceof InnerBoundary.CooledProbe cooled
            ? Optional.of(cooled.probe())
            : probeId != null ? Optional.of(probe()) : Optional.empty();
    return new PredictionConditions(
        geometry,
        TissueCatalog.byName(tissueName).name(),
        sharpFront,
        probe,
        Optional.ofNullable(wallTemperatureC),
        Optional.ofNullable(lineSinkWattsPerMeter),
        timesSec.getLast(),
        thaws);
  }

  private static Map<String, Object> validityJson(Validity validity) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("status", validity.status().name().toLowerCase(java.util.Locale.ROOT));
    json.put("reasons", validity.reasons());
    json.put(
        "relative_uncertainty",
        validity.relativeUncertainty().isPresent()
            ? validity.relativeUncertainty().getAsDouble()
            : null);
    return json;
  }

  /** Everything needed to run the prediction again. */
  private Map<String, Object> modelJson(String version) {
    TissueProperties tissue = tissue();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("version", version);
    model.put("geometry", geometry);
    model.put("tissue", tissue);
    model.put("sharp_front", sharpFront);
    model.put("initial_c", initialTemperatureC);
    model.put("arterial_c", Problem1d.BODY_TEMPERATURE_C);
    if (probeId != null) {
      model.put("probe", ProbeJson.of(probe()));
      model.put("supply_pressure_kpa", supplyPressureKPa);
    }
    model.put("wall_temp_c", wallTemperatureC);
    model.put("line_sink_w_per_m", lineSinkWattsPerMeter);
    model.put("radius_mm", radiusMm);
    model.put("active_length_mm", activeLengthMm);
    model.put("freeze_s", freezeSec);
    model.put("passive_thaw_s", passiveThawSec);
    model.put("active_thaw_s", activeThawSec);
    model.put("thaw_wall_temp_c", thawWallC);
    model.put("thaw_heat_w_per_m", thawHeatWattsPerMeter);
    model.put("far_field_diffusion_lengths", Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
    return model;
  }

  private Supplier<Map<String, Object>> axisymmetric(List<Double> isothermsC) {
    requireExactlyOneCooling();
    ProbeModel probe = probeId == null ? null : probe();
    double radius = probe != null ? probeRadius(probe) : required(radiusMm, "--radius-mm");
    double length =
        activeLengthMm != null
            ? activeLengthMm
            : probe != null
                ? probe.activeLengthMm()
                : required(activeLengthMm, "--active-length-mm");
    ActiveSegmentCondition condition;
    if (wallTemperatureC != null) {
      condition = new ActiveSegmentCondition.WallTemperature(wallTemperatureC);
    } else if (lineSinkWattsPerMeter != null) {
      requirePositiveLineSink();
      condition =
          new ActiveSegmentCondition.Cooling(
              new ProbeCooling.LineHeatExtraction(
                  lineSinkWattsPerMeter, 0, ConsoleCapabilities.STANDARD.regulatedSupplyKPa()),
              ConsoleCapabilities.STANDARD.regulatedSupplyKPa());
    } else {
      requireSupplyPressure();
      condition = new ActiveSegmentCondition.Cooling(probe.cooling(), supplyPressureKPa);
    }
    double spacing =
        spacingMm != null
            ? spacingMm
            : Math.min(AxisymmetricProblem.DEFAULT_SPACING_MM, Math.min(radius / 2, length / 4));
    List<FreezeCycle> cycles = cycles();
    Optional<SkinSurface> skin =
        skinDepthMm == null
            ? Optional.empty()
            : Optional.of(
                new SkinSurface(
                    skinDepthMm,
                    skinHeatTransferWPerM2K,
                    skinAmbientC,
                    skinWarmerC == null ? OptionalDouble.empty() : OptionalDouble.of(skinWarmerC)));
    var problem =
        new AxisymmetricProblem(
            tissue(),
            sharpFront,
            radius,
            length,
            condition,
            cycles,
            activeThaw(),
            skin,
            initialTemperatureC,
            Problem1d.BODY_TEMPERATURE_C,
            spacing,
            timeStepSec,
            timesSec,
            isothermsC,
            AxisymmetricProblem.DEFAULT_EXPOSURE_THRESHOLDS_C,
            Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
    Validity validity = ValidityEnvelope.assess(conditions(condition, problem.phases().size() > 1));
    return () -> {
      LOG.info(
          "iceball: axisymmetric, radius {} mm, active {} mm, {} mm spacing",
          radius,
          length,
          spacing);
      long start = System.nanoTime();
      AxisymmetricSolution solution = new AxisymmetricSolver().solve(problem);
      double wallSec = (System.nanoTime() - start) * 1e-9;
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("times_s", problem.timesSec());
      result.put("length_mm", byIsotherm(solution.lengthsMm()));
      result.put("diameter_mm", byIsotherm(solution.diametersMm()));
      result.put("wall_s", wallSec);
      result.put("validity", validityJson(validity));
      Map<String, Object> model = modelJson(solution.modelVersion());
      model.put("spacing_mm", spacing);
      model.put("time_step_s", problem.timeStepSec());
      model.put("skin", skin.map(IceballCommand::skinJson).orElse(null));
      model.put("cells", List.of(solution.radialCells(), solution.axialCells()));
      model.put("steps", solution.steps());
      result.put("model", model);
      if (contours) {
        result.put("contours_mm", contoursJson(solution));
      }
      return result;
    };
  }

  private static Map<String, Object> skinJson(SkinSurface skin) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("depth_above_tip_mm", skin.depthAboveTipMm());
    json.put("h_w_per_m2k", skin.heatTransferCoefficientWPerM2K());
    json.put("ambient_c", skin.ambientC());
    json.put("warmer_c", skin.warmerC().isPresent() ? skin.warmerC().getAsDouble() : null);
    return json;
  }

  /** Per isotherm as typed, per time: lines of [r, z] points in mm. */
  private Map<String, List<List<List<double[]>>>> contoursJson(AxisymmetricSolution solution) {
    Map<String, List<List<List<double[]>>>> json = new LinkedHashMap<>();
    for (int n = 0; n < isotherms.size(); n++) {
      List<List<List<double[]>>> perTime = new ArrayList<>();
      for (double time : solution.timesSec()) {
        IsothermContour contour = solution.contour(solution.isothermsC().get(n), time);
        perTime.add(
            contour.lines().stream()
                .map(
                    line ->
                        line.stream()
                            .map(
                                p ->
                                    new double[] {
                                      Math.round(p.radiusMm() * 1e3) / 1e3,
                                      Math.round(p.axialMm() * 1e3) / 1e3
                                    })
                            .toList())
                .toList());
      }
      json.put(isotherms.get(n).strip(), perTime);
    }
    return json;
  }

  private double probeRadius(ProbeModel probe) {
    if (radiusMm != null && radiusMm != probe.radiusMm()) {
      throw new InvalidThermalInputException(
          "--radius-mm contradicts probe "
              + probe.id()
              + " (radius "
              + probe.radiusMm()
              + " mm); drop one");
    }
    return probe.radiusMm();
  }

  private void requireExactlyOneCooling() {
    int given =
        (wallTemperatureC != null ? 1 : 0)
            + (lineSinkWattsPerMeter != null ? 1 : 0)
            + (probeId != null ? 1 : 0);
    if (given != 1) {
      throw new InvalidThermalInputException(
          "give exactly one of --wall-temp, --line-sink and --probe (got " + given + ")");
    }
  }

  private void requirePositiveLineSink() {
    if (!(lineSinkWattsPerMeter > 0)) {
      throw new InvalidThermalInputException(
          "--line-sink must be a positive heat extraction, got " + lineSinkWattsPerMeter);
    }
  }

  private void requireSupplyPressure() {
    if (!(supplyPressureKPa >= 0) || !Double.isFinite(supplyPressureKPa)) {
      throw new InvalidThermalInputException(
          "--supply-pressure-kpa must be zero or positive, got " + supplyPressureKPa);
    }
  }

  private static double required(Double value, String option) {
    if (value == null) {
      throw new InvalidThermalInputException("the axisym geometry needs " + option);
    }
    return value;
  }

  /** One entry per isotherm, keyed by the isotherm as typed, values rounded to 0.1 micrometre. */
  private Map<String, List<Double>> byIsotherm(List<List<OptionalDouble>> series) {
    Map<String, List<Double>> byIsotherm = new LinkedHashMap<>();
    for (int n = 0; n < isotherms.size(); n++) {
      List<Double> values = new ArrayList<>();
      for (OptionalDouble value : series.get(n)) {
        values.add(value.isPresent() ? Math.round(value.getAsDouble() * 1e4) / 1e4 : null);
      }
      byIsotherm.put(isotherms.get(n).strip(), values);
    }
    return byIsotherm;
  }

  private void print(Map<String, Object> result) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      try {
        out.println(new ObjectMapper().writeValueAsString(result));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the result as JSON", e);
      }
    } else {
      result.forEach((key, value) -> out.println(key + ": " + value));
    }
    out.flush();
  }
}
