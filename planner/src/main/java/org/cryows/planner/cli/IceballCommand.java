package org.cryows.planner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.prediction.ModelOptions;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.planner.prediction.OneDimensionalPrediction;
import org.cryows.planner.prediction.Outputs;
import org.cryows.planner.prediction.PlacedProbe;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.prediction.PredictionRequest;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.prediction.Structure;
import org.cryows.planner.prediction.TissueMap;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.RunMonitor;
import org.cryows.planner.thermal.ThermalModelFailure;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.TissueProperties;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;
import org.cryows.planner.thermal.axisym.IsothermContour;
import org.cryows.planner.thermal.axisym.SkinSurface;
import org.cryows.planner.thermal.oned.EnthalpySolver1d;
import org.cryows.planner.thermal.oned.Geometry1d;
import org.cryows.planner.thermal.oned.Problem1d;
import org.cryows.planner.validation.PhantomProbes;
import org.cryows.planner.validation.Validity;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./cryo iceball}: predicts the ice ball of one freeze and prints its fronts. A thin
 * command: it reads the options into a request, the prediction service (axisym, 3d) or the
 * one-dimensional runs (planar, cylinder, sphere) answer, and it prints the answer.
 */
@Command(
    name = "iceball",
    description = {
      "Predict the ice ball of one freeze with the bioheat model (enthalpy form, phase change).",
      "Cooling: exactly one of --wall-temp, --line-sink (cylinder, axisym, 3d) or --probe ID (any"
          + " catalog id of ./cryo plan catalog --probes, or a phantom probe; cylinder, axisym,"
          + " 3d). A console probe's tip is held at the warmer of --setpoint-c and what its gas"
          + " reaches at --supply-pressure-kpa, as the console holds it.",
      "Output with --json, one line on stdout: {\"times_s\": [...], \"front_mm\": {\"<isotherm as"
          + " given>\": [value per time or null]}, \"wall_s\": compute seconds}; for axisym"
          + " and 3d \"length_mm\" and \"diameter_mm\" replace \"front_mm\". front_mm is the"
          + " distance from the wall (planar) or the radius (cylinder, sphere); null while the"
          + " isotherm does not exist. Also \"validity\" (validated, verified-only or outside the"
          + " validated envelope, with reasons and the uncertainty) and \"model\" (version and"
          + " every parameter, to reproduce the prediction; \"tip_c\": the tip temperature a"
          + " console probe is held at).",
      "Protocol: a freeze, then optionally a passive thaw and an active thaw (--passive-thaw-s,"
          + " --active-thaw-s); --times are counted from the start of the freeze.",
      "Exit code: 0 on success, 2 on invalid input (message on stderr), 1 if the model failed."
    })
public final class IceballCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(IceballCommand.class);

  /** Invalid input, as picocli reports bad options too. */
  static final int EXIT_INVALID_INPUT = 2;

  static final int EXIT_MODEL_FAILURE = 1;

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
      names = "--setpoint-c",
      paramLabel = "C",
      description =
          "With a console --probe: the tip setpoint the console regulates to (default: as cold as"
              + " the probe's gas goes). The tip is held at the warmer of the setpoint and what the"
              + " gas reaches at the supply pressure; colder than the gas allows is invalid.")
  Double setpointC;

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
    } catch (InvalidThermalInputException e) {
      // The model refused the request before computing (a setpoint the probe cannot hold).
      err.println("iceball: " + e.getMessage());
      err.flush();
      return EXIT_INVALID_INPUT;
    } catch (ThermalModelFailure e) {
      err.println("iceball: the thermal model failed: " + e.getMessage());
      err.flush();
      return EXIT_MODEL_FAILURE;
    }
  }

  /** Checks every option and builds the run; throws before any computation on bad input. */
  private Supplier<Map<String, Object>> prepare() {
    List<Double> isothermsC = parseIsotherms();
    Geometry chosen = Geometry.parse(geometry);
    requireExactlyOneCooling();
    if (setpointC != null && probeId == null) {
      throw new InvalidThermalInputException("--setpoint-c needs a console --probe");
    }
    if (!(supplyPressureKPa >= 0) || !Double.isFinite(supplyPressureKPa)) {
      throw new InvalidThermalInputException(
          "--supply-pressure-kpa must be zero or positive, got " + supplyPressureKPa);
    }
    if (lineSinkWattsPerMeter != null && !(lineSinkWattsPerMeter > 0)) {
      throw new InvalidThermalInputException(
          "--line-sink must be a positive heat extraction, got " + lineSinkWattsPerMeter);
    }
    return switch (chosen) {
      case PLANAR -> oneDimensional(Geometry1d.PLANAR, isothermsC);
      case CYLINDER -> oneDimensional(Geometry1d.CYLINDRICAL, isothermsC);
      case SPHERE -> oneDimensional(Geometry1d.SPHERICAL, isothermsC);
      case AXISYM -> throughService(ModelPath.AXISYMMETRIC, isothermsC);
      case THREE_D -> throughService(ModelPath.THREE_D, isothermsC);
    };
  }

  /** The one-dimensional runs: a plane wall, a cylinder or a sphere. */
  private Supplier<Map<String, Object>> oneDimensional(
      Geometry1d geometry1d, List<Double> isothermsC) {
    OneDimensionalPrediction.Cooling cooling =
        wallTemperatureC != null
            ? new OneDimensionalPrediction.Cooling.Wall(wallTemperatureC)
            : lineSinkWattsPerMeter != null
                ? new OneDimensionalPrediction.Cooling.LineSink(lineSinkWattsPerMeter)
                : new OneDimensionalPrediction.Cooling.Probe(probe());
    var prepared =
        OneDimensionalPrediction.prepare(
            new OneDimensionalPrediction.Request(
                geometry1d,
                cooling,
                optional(radiusMm),
                tissueName,
                sharpFront,
                initialTemperatureC,
                timesSec,
                isothermsC,
                optional(spacingMm),
                cycles(),
                activeThaw(),
                optional(setpointC),
                supplyPressureKPa,
                ConsoleCapabilities.STANDARD));
    return () -> {
      LOG.info(
          "iceball: {} geometry, {} mm spacing", geometry1d, prepared.problem().finestSpacingMm());
      var result = OneDimensionalPrediction.run(prepared, RunMonitor.NONE);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("times_s", result.problem().timesSec());
      json.put("front_mm", byIsotherm(result.solution().frontsMm()));
      json.put("wall_s", result.wallSec());
      json.put("validity", validityJson(result.validity()));
      Map<String, Object> model = modelJson(EnthalpySolver1d.MODEL_VERSION);
      putTip(model, result.heldTipC());
      model.put("far_field_diffusion_lengths", Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
      model.put("spacing_mm", result.problem().finestSpacingMm());
      model.put("time_step_s", result.solution().timeStepSec());
      model.put("cells", result.solution().cellCount());
      json.put("model", model);
      return json;
    };
  }

  /**
   * One probe through the prediction service: its active segment centred on the origin along +z (a
   * 3-D run puts it in the default 50 mm cube), the model asked for.
   */
  private Supplier<Map<String, Object>> throughService(ModelPath path, List<Double> isothermsC) {
    ProbeModel probe = serviceProbe(path);
    List<Structure> structures = new ArrayList<>();
    double tipZ = -probe.activeLengthMm() / 2;
    if (skinDepthMm != null) {
      structures.add(
          new Structure.Skin(
              new Vector3(0, 0, tipZ + skinDepthMm),
              new Vector3(0, 0, 1),
              skinHeatTransferWPerM2K,
              skinAmbientC,
              skinWarmerC == null ? OptionalDouble.empty() : OptionalDouble.of(skinWarmerC)));
    }
    if (path == ModelPath.THREE_D && !(timesSec.getLast() > 0)) {
      throw new InvalidThermalInputException("geometry 3d needs a last time above 0 s");
    }
    var protocol =
        new FreezeProtocol(
            probe.gas(),
            setpointC != null ? setpointC : probe.gas().coldestTipC(),
            cycles(),
            activeThaw());
    var defaults = ModelOptions.defaults();
    var request =
        new PredictionRequest(
            1,
            List.of(new PlacedProbe(probe, new Vector3(0, 0, tipZ), new Vector3(0, 0, 1))),
            new TissueMap.Homogeneous(tissueName),
            structures,
            protocol,
            Outputs.defaults()
                .withTimes(timesSec)
                .withIsotherms(isothermsC)
                .withExposureThresholds(AxisymmetricProblem.DEFAULT_EXPOSURE_THRESHOLDS_C),
            new ModelOptions(
                path,
                optional(spacingMm),
                path == ModelPath.AXISYMMETRIC
                    ? OptionalDouble.of(timeStepSec)
                    : OptionalDouble.empty(),
                sharpFront,
                true,
                initialTemperatureC,
                supplyPressureKPa,
                defaults.console()));
    return () -> {
      LOG.info("iceball: {} model, probe {}", path, probe.id());
      Prediction prediction;
      try (var service = new PredictionService()) {
        prediction = service.predict(request);
      }
      return serviceJson(prediction, path, probe);
    };
  }

  /** The prediction as iceball prints it. */
  private Map<String, Object> serviceJson(Prediction prediction, ModelPath path, ProbeModel probe) {
    var iceBall = prediction.iceBalls().getFirst();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("times_s", prediction.timesSec());
    json.put("length_mm", byIsotherm(iceBall.lengthsMm()));
    json.put("diameter_mm", byIsotherm(iceBall.diametersMm()));
    if (path == ModelPath.THREE_D) {
      json.put("model_version", prediction.modelVersion());
    }
    json.put("wall_s", prediction.wallSec());
    json.put("validity", validityJson(prediction.validity()));
    Map<String, Object> model = modelJson(prediction.modelVersion());
    putTip(model, prediction.heldTipsC().getFirst());
    var run = prediction.run();
    if (path == ModelPath.AXISYMMETRIC) {
      model.put("far_field_diffusion_lengths", Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
    }
    model.put("spacing_mm", run.spacingMm());
    model.put("time_step_s", run.timeStepSec());
    if (path == ModelPath.AXISYMMETRIC) {
      model.put("skin", skinDepthMm == null ? null : skinJson());
    } else {
      double[] side = new double[3];
      for (int axis = 0; axis < 3; axis++) {
        side[axis] =
            run.domainMaxMm().orElseThrow().coordinate(axis)
                - run.domainMinMm().orElseThrow().coordinate(axis);
      }
      model.put("cube_mm", side[0] == side[1] && side[1] == side[2] ? side[0] : null);
      model.put("domain_mm", List.of(side[0], side[1], side[2]));
    }
    model.put("cells", run.cells());
    model.put("steps", run.steps());
    json.put("model", model);
    if (contours && path == ModelPath.AXISYMMETRIC) {
      json.put("contours_mm", contoursJson(prediction));
    }
    return json;
  }

  /**
   * The probe the service runs: a catalog or phantom probe (the active length may be given in
   * axisym), or a prescribed wall or line sink on a probe of the given size.
   */
  private ProbeModel serviceProbe(ModelPath path) {
    if (probeId != null) {
      ProbeModel probe = probe();
      if (radiusMm != null && radiusMm != probe.radiusMm()) {
        throw new InvalidThermalInputException(
            "--radius-mm contradicts probe "
                + probe.id()
                + " (radius "
                + probe.radiusMm()
                + " mm); drop one");
      }
      if (activeLengthMm == null) {
        return probe;
      }
      if (path == ModelPath.THREE_D) {
        throw new InvalidThermalInputException(
            "--probe sets the radius and active length in 3d; drop --radius-mm and"
                + " --active-length-mm");
      }
      return new ProbeModel(
          probe.id(),
          probe.description(),
          probe.gauge(),
          probe.outerDiameterMm(),
          activeLengthMm,
          probe.gas(),
          probe.cooling(),
          probe.provenance());
    }
    double radius;
    if (path == ModelPath.THREE_D && wallTemperatureC == null) {
      radius = radiusMm != null ? radiusMm : 1.0;
      if (activeLengthMm == null) {
        throw new InvalidThermalInputException(
            "geometry 3d with --line-sink needs --active-length-mm");
      }
    } else {
      radius = required(radiusMm, "--radius-mm");
      required(activeLengthMm, "--active-length-mm");
    }
    double regulatedKPa = ConsoleCapabilities.STANDARD.regulatedSupplyKPa();
    boolean wall = wallTemperatureC != null;
    String what =
        wall
            ? "--wall-temp " + wallTemperatureC + " C"
            : "--line-sink " + lineSinkWattsPerMeter + " W/m";
    return new ProbeModel(
        wall ? "wall" : "line-sink",
        what,
        OptionalInt.empty(),
        2 * radius,
        activeLengthMm,
        // A prescribed condition has no gas of its own; N2O, as the line sink always had.
        Gas.N2O,
        wall
            ? new ProbeCooling.SurfaceTemperature(wallTemperatureC)
            : new ProbeCooling.LineHeatExtraction(lineSinkWattsPerMeter, 0, regulatedKPa),
        new CoolingProvenance.Prescribed("given on the command line: " + what));
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

  /** A catalog probe, or a phantom probe fitted to published measurements. */
  private ProbeModel probe() {
    if (PhantomProbes.all().stream().anyMatch(probe -> probe.id().equals(probeId))) {
      return PhantomProbes.byId(probeId);
    }
    return ProbeCatalog.byId(probeId);
  }

  /** One cycle: the freeze, then the thaws asked for. */
  private List<FreezeCycle> cycles() {
    if (timesSec == null || timesSec.isEmpty()) {
      throw new InvalidThermalInputException("at least one output time is needed (--times)");
    }
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

  private static Map<String, Object> validityJson(Validity validity) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("status", validity.status().name().toLowerCase(Locale.ROOT));
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
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("version", version);
    model.put("geometry", geometry);
    model.put("tissue", tissue());
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
    return model;
  }

  /** The setpoint asked for and the tip temperature a console probe is held at. */
  private void putTip(Map<String, Object> model, OptionalDouble heldTipC) {
    if (probeId != null) {
      model.put("setpoint_c", setpointC);
      model.put("tip_c", heldTipC.isPresent() ? heldTipC.getAsDouble() : null);
    }
  }

  private Map<String, Object> skinJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("depth_above_tip_mm", skinDepthMm);
    json.put("h_w_per_m2k", skinHeatTransferWPerM2K);
    json.put("ambient_c", skinAmbientC);
    json.put("warmer_c", skinWarmerC);
    return json;
  }

  /** Per isotherm as typed, per time: lines of [r, z] points in mm. */
  private Map<String, List<List<List<double[]>>>> contoursJson(Prediction prediction) {
    Map<String, List<List<List<double[]>>>> json = new LinkedHashMap<>();
    int count = prediction.isothermsC().size();
    for (int n = 0; n < count; n++) {
      List<List<List<double[]>>> perTime = new ArrayList<>();
      for (int t = 0; t < prediction.timesSec().size(); t++) {
        IsothermContour contour = prediction.meridianContours().get(t * count + n);
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

  private static double required(Double value, String option) {
    if (value == null) {
      throw new InvalidThermalInputException("the axisym geometry needs " + option);
    }
    return value;
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
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
