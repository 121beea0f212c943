package org.cryows.ui.plan.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cryows.planner.catalog.Nerve;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.check.CheckResult;
import org.cryows.planner.check.CheckStatus;
import org.cryows.planner.check.PlanCheckReport;
import org.cryows.planner.plan.Contraindications;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanHashes;
import org.cryows.planner.plan.Side;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.plan.model.IceDisplay;
import org.cryows.ui.plan.model.IceTime;
import org.cryows.ui.plan.model.LivePredictionSnapshot;
import org.cryows.ui.plan.model.PlanEditor;
import org.cryows.ui.plan.model.PlanEditorSnapshot;
import org.cryows.ui.plan.model.PlanTool;
import org.cryows.ui.plan.model.PredictionStage;

/**
 * The plan beside the image: the target nerve and probe, the tools, undo, redo and save; the ice
 * ball's state (provisional, progress, validity), the time slider over the protocol's freezes and
 * thaws and the legend; every check with its status and figures as {@code plan check} prints them;
 * the contraindication questions; signing, handing over and the report.
 */
final class PlanPanel {

  private final PlanEditor editor;
  private final IceTime iceTime;
  private final VBox box = new VBox(8);
  private final ScrollPane scroll = new ScrollPane(box);
  private final Label banner = new Label();
  private final ComboBox<Nerve> nerves = new ComboBox<>();
  private final ComboBox<String> probes = new ComboBox<>();
  private final ToggleGroup tools = new ToggleGroup();
  private final List<ToggleButton> toolButtons = new ArrayList<>();
  private final Button undo = new Button("Undo");
  private final Button redo = new Button("Redo");
  private final Button save = new Button("Save");
  private final Label target = new Label();
  private final Label prediction = new Label();
  private final ProgressBar progress = new ProgressBar(0);
  private final Label validity = new Label();
  private final Slider time = new Slider(0, 1, 1);
  private final Label timeText = new Label();
  private final Label phasesText = new Label();
  private final HBox nerveKey = nerveKey();
  private final VBox checks = new VBox(4);
  private final Label summary = new Label();
  private final List<HBox> answers = new ArrayList<>();
  private final Button sign = new Button("Sign as radiologist...");
  private final Button handOver = new Button("Hand over to the Console");
  private final Button report = new Button("Export PDF report...");
  private final Label hash = new Label();
  private final Label status = new Label();
  private final Label consoleNote = new Label();
  private boolean updating;
  private long drawnVersion = -1;
  private String drawnChecks = "";
  private Plan sliderFor;

  static final double PANEL_WIDTH = 400;

  private static final String[] CHOICES = {"not answered", "no", "yes"};

  PlanPanel(PlanEditor editor, IceTime iceTime) {
    this.editor = editor;
    this.iceTime = iceTime;
    box.setPadding(new Insets(8));
    box.getStyleClass().add("plan-panel");
    box.setId("plan-panel");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("plan-panel-scroll");
    // A fixed width: the panel's texts change with every answer and must never resize the image.
    scroll.setMinWidth(PANEL_WIDTH);
    scroll.setPrefWidth(PANEL_WIDTH);
    scroll.setMaxWidth(PANEL_WIDTH);

    banner.setId("plan-banner");
    banner.getStyleClass().add("plan-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);

    nerves.setId("plan-nerve");
    nerves.setPromptText("Target nerve");
    nerves.setMaxWidth(Double.MAX_VALUE);
    nerves.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Nerve n) {
            return n == null ? "" : n.id() + " - " + n.name();
          }

          @Override
          public Nerve fromString(String s) {
            return null;
          }
        });
    nerves.setOnAction(
        e -> {
          if (!updating && nerves.getValue() != null) {
            editor.chooseNerve(nerves.getValue().id(), Side.R);
          }
        });
    probes.setId("plan-probe-model");
    probes.getItems().setAll(ProbeCatalog.ids());
    probes.setMaxWidth(Double.MAX_VALUE);
    probes.setOnAction(
        e -> {
          if (!updating && probes.getValue() != null) {
            editor.setProbeModel(probes.getValue());
          }
        });

    HBox toolRow = new HBox(4);
    for (PlanTool tool : PlanTool.values()) {
      ToggleButton b = new ToggleButton(tool.label());
      b.setId("plan-tool-" + tool.name().toLowerCase(Locale.ROOT));
      b.setToggleGroup(tools);
      b.setUserData(tool);
      b.setTooltip(new Tooltip(tool.help()));
      b.setFocusTraversable(false);
      b.setOnAction(
          e -> {
            if (!b.isSelected()) {
              b.setSelected(true);
            }
            editor.setTool(tool);
          });
      toolButtons.add(b);
      toolRow.getChildren().add(b);
    }
    toolRow.getStyleClass().add("plan-tools");
    javafx.scene.layout.FlowPane toolFlow = new javafx.scene.layout.FlowPane(4, 4);
    toolFlow.getChildren().setAll(toolRow.getChildren());

    undo.setId("plan-undo");
    redo.setId("plan-redo");
    save.setId("plan-save");
    undo.setTooltip(new Tooltip("Ctrl+Z"));
    redo.setTooltip(new Tooltip("Ctrl+Y"));
    save.setTooltip(new Tooltip("Ctrl+S: PLAN.json beside the images"));
    undo.setOnAction(e -> editor.undo());
    redo.setOnAction(e -> editor.redo());
    save.setOnAction(e -> editor.save());
    HBox edits = new HBox(6, undo, redo, save);

    target.setId("plan-target");
    target.setWrapText(true);
    target.getStyleClass().add("plan-text");

    prediction.setId("plan-prediction");
    prediction.setWrapText(true);
    prediction.getStyleClass().add("plan-text");
    progress.setId("plan-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    validity.setId("plan-validity");
    validity.setWrapText(true);
    validity.getStyleClass().add("plan-note");

    time.setId("plan-time");
    time.setShowTickMarks(true);
    time.valueProperty()
        .addListener(
            (o, a, b) -> {
              if (!updating) {
                iceTime.set(b.doubleValue());
                drawTime(b.doubleValue());
              }
            });
    timeText.setId("plan-time-text");
    timeText.getStyleClass().add("plan-text");
    phasesText.setWrapText(true);
    phasesText.getStyleClass().add("plan-note");

    checks.setId("plan-checks");
    summary.setId("plan-summary");
    summary.getStyleClass().add("plan-summary");

    GridPane questions = new GridPane();
    questions.setHgap(8);
    questions.setVgap(4);
    int row = 0;
    for (String field : Contraindications.unanswered().byField().keySet()) {
      Label q = new Label(capitalised(Contraindications.describe(field)));
      q.setWrapText(true);
      q.getStyleClass().add("plan-text");
      ToggleGroup group = new ToggleGroup();
      HBox choice = new HBox(4);
      for (String value : CHOICES) {
        ToggleButton button = new ToggleButton(value);
        button.setId("plan-contra-" + field + "-" + value.replace(' ', '-'));
        button.setToggleGroup(group);
        button.setUserData(value);
        button.setFocusTraversable(false);
        button.setOnAction(
            e -> {
              if (!updating && editor.snapshot().committed() != null) {
                editor.answer(
                    field,
                    value.equals(CHOICES[0]) ? Optional.empty() : Optional.of(value.equals("yes")));
              }
            });
        choice.getChildren().add(button);
      }
      answers.add(choice);
      questions.add(q, 0, row);
      questions.add(choice, 0, row + 1);
      GridPane.setHgrow(q, Priority.ALWAYS);
      row += 2;
    }

    sign.setId("plan-sign");
    handOver.setId("plan-hand-over");
    report.setId("plan-report");
    sign.setOnAction(e -> signDialog(sign.getScene().getWindow()));
    handOver.setOnAction(e -> editor.handOver());
    report.setOnAction(e -> chooseReport(report.getScene().getWindow()));
    hash.setId("plan-hash");
    hash.setWrapText(true);
    hash.getStyleClass().add("plan-note");
    status.setId("plan-status");
    status.setWrapText(true);
    status.getStyleClass().add("plan-status");
    consoleNote.setId("plan-console-note");
    consoleNote.setWrapText(true);
    consoleNote.getStyleClass().add("plan-note");

    box.getChildren()
        .addAll(
            banner,
            heading("Target"),
            nerves,
            target,
            probeRow(probes),
            protocolRow(),
            toolFlow,
            edits,
            heading("Ice ball"),
            prediction,
            progress,
            time,
            timeText,
            nerveKey,
            heading("Checks"),
            summary,
            checks,
            phasesText,
            validity,
            heading("Contraindications"),
            questions,
            heading("Sign and hand over"),
            new HBox(6, sign),
            new HBox(6, handOver),
            new HBox(6, report),
            hash,
            consoleNote,
            status);
    FxRefresh refresh = new FxRefresh(this::redraw);
    editor.addListener(refresh);
    redraw();
  }

  Region node() {
    return scroll;
  }

  boolean upToDate() {
    return drawnVersion == editor.snapshot().version();
  }

  private final TextField setpoint = field("plan-setpoint", 52);
  private final TextField cycleCount = field("plan-cycles", 36);
  private final TextField freeze = field("plan-freeze", 52);
  private final TextField thaw = field("plan-thaw", 52);

  private static TextField field(String id, double width) {
    TextField f = new TextField();
    f.setId(id);
    f.setPrefWidth(width);
    return f;
  }

  /** The selected target's protocol: setpoint, cycles of freeze and thaw, applied as one edit. */
  private Node protocolRow() {
    Button apply = new Button("Apply");
    apply.setId("plan-protocol-apply");
    apply.setOnAction(
        e -> {
          try {
            editor.setProtocol(
                Double.parseDouble(setpoint.getText().strip()),
                Integer.parseInt(cycleCount.getText().strip()),
                Double.parseDouble(freeze.getText().strip()),
                Double.parseDouble(thaw.getText().strip()));
          } catch (NumberFormatException bad) {
            status.setText("Protocol not changed: numbers only (" + bad.getMessage() + ")");
          }
        });
    javafx.scene.layout.FlowPane row =
        new javafx.scene.layout.FlowPane(
            6,
            4,
            text("C"),
            setpoint,
            text("cycles"),
            cycleCount,
            text("freeze s"),
            freeze,
            text("thaw s"),
            thaw,
            apply);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static Label text(String s) {
    Label l = new Label(s);
    l.getStyleClass().add("plan-text");
    return l;
  }

  private static Node probeRow(ComboBox<String> probes) {
    Label label = new Label("Probe");
    label.getStyleClass().add("plan-text");
    HBox row = new HBox(8, label, probes);
    row.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(probes, Priority.ALWAYS);
    return row;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + "?";
  }

  /**
   * The nerve's colours, for the plane views of a volume (whose small legend keys only the
   * isotherms; an ultrasound image's legend keys both).
   */
  private static HBox nerveKey() {
    HBox key = new HBox(6);
    key.setId("plan-nerve-key");
    key.setAlignment(Pos.CENTER_LEFT);
    key.getChildren().add(text("Nerve:"));
    Object[][] entries = {
      {PlanColours.NERVE, "> 0 C"},
      {PlanColours.NERVE_FROZEN, "0 to -20 C"},
      {PlanColours.NERVE_DOSE, "<= -20 C (dose)"}
    };
    for (Object[] e : entries) {
      javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(16, 5);
      swatch.setFill((javafx.scene.paint.Color) e[0]);
      key.getChildren().addAll(swatch, text((String) e[1]));
    }
    return key;
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("panel-heading");
    return l;
  }

  // ------------------------------------------------------------------ dialogs

  private void signDialog(Window owner) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Sign the plan");
    PlanEditorSnapshot s = editor.snapshot();
    boolean failing = s.live().report().map(r -> r.summary() == CheckStatus.FAIL).orElse(false);
    TextField name = new TextField();
    name.setId("sign-name");
    name.setPromptText("Your name");
    TextArea reason = new TextArea();
    reason.setId("sign-reason");
    reason.setPrefRowCount(3);
    reason.setWrapText(true);
    reason.setPromptText(
        failing
            ? "A check fails: the reason for accepting it (required)"
            : "Only when accepting a failed check");
    VBox content =
        new VBox(
            8,
            new Label("Revision " + (s.committed() == null ? "-" : s.committed().revision())),
            new Label("Name"),
            name,
            new Label("Role: radiologist (only a radiologist signs)"),
            new Label(failing ? "A check fails. Reason for accepting it:" : "Reason (not needed):"),
            reason);
    content.setPadding(new Insets(8));
    dialog.getDialogPane().setContent(content);
    ButtonType signType = new ButtonType("Sign", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(signType, ButtonType.CANCEL);
    dialog
        .showAndWait()
        .filter(b -> b == signType)
        .ifPresent(
            b ->
                editor.sign(
                    name.getText(),
                    reason.getText().isBlank() ? Optional.empty() : Optional.of(reason.getText())));
  }

  private void chooseReport(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the plan's report");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
    editor
        .planFile()
        .ifPresent(
            f -> {
              chooser.setInitialDirectory(f.getParent().toFile());
              chooser.setInitialFileName("plan-report.pdf");
            });
    var file = chooser.showSaveDialog(owner);
    if (file != null) {
      editor.exportReport(file.toPath());
    }
  }

  // ------------------------------------------------------------------ drawing

  private void redraw() {
    PlanEditorSnapshot s = editor.snapshot();
    if (s.version() == drawnVersion) {
      return;
    }
    drawnVersion = s.version();
    updating = true;
    try {
      box.setDisable(s.planCase() == null);
      banner.setText(s.banner());
      banner.setVisible(!s.banner().isEmpty());
      banner.setManaged(!s.banner().isEmpty());
      if (!nerves.getItems().equals(s.nerves())) {
        nerves.getItems().setAll(s.nerves());
      }
      Plan plan = s.committed();
      String selectedNerve =
          s.pending() != null
              ? s.pending().nerve()
              : plan != null && s.selectedTarget() >= 0
                  ? plan.targets().get(s.selectedTarget()).nerve()
                  : null;
      nerves.setValue(
          s.nerves().stream().filter(n -> n.id().equals(selectedNerve)).findFirst().orElse(null));
      probes.setValue(s.probeModel());
      for (ToggleButton b : toolButtons) {
        b.setSelected(b.getUserData() == s.tool());
      }
      undo.setDisable(!s.canUndo());
      redo.setDisable(!s.canRedo());
      save.setDisable(plan == null || s.busy());
      target.setText(targetText(s));
      nerveKey.setVisible(s.series() != null);
      nerveKey.setManaged(s.series() != null);
      drawProtocol(s);
      drawPrediction(s);
      drawChecks(s.live());
      drawAnswers(plan);
      boolean finalChecks = plan != null && s.live().finalFor(plan);
      sign.setDisable(plan == null || plan.isSigned() || !finalChecks || s.busy());
      handOver.setDisable(plan == null || !plan.isSigned() || s.dirty() || s.busy());
      report.setDisable(plan == null || s.busy());
      hash.setText(hashText(plan));
      consoleNote.setText(
          s.handedOver()
              .map(
                  h ->
                      "Handed over to the Console: revision "
                          + h.revision()
                          + ", "
                          + h.planHash()
                          + ". The Console workspace is not available yet: it will read this"
                          + " protocol when it is built.")
              .orElse("The Console workspace is not available yet."));
      status.setText(s.status());
    } finally {
      updating = false;
    }
  }

  private Plan protocolFor;

  private void drawProtocol(PlanEditorSnapshot s) {
    Plan plan = s.committed();
    boolean editable = plan != null && s.selectedTarget() >= 0;
    for (TextField f : List.of(setpoint, cycleCount, freeze, thaw)) {
      f.setDisable(!editable);
    }
    if (!editable || plan.equals(protocolFor)) {
      return;
    }
    protocolFor = plan;
    var p = plan.targets().get(s.selectedTarget()).protocol();
    setpoint.setText(String.format(Locale.ROOT, "%.1f", p.setpointC()));
    cycleCount.setText(Integer.toString(p.cycles().size()));
    freeze.setText(String.format(Locale.ROOT, "%.0f", p.cycles().getFirst().freezeSec()));
    thaw.setText(String.format(Locale.ROOT, "%.0f", p.cycles().getFirst().thawSec()));
  }

  private static String hashText(Plan plan) {
    if (plan == null) {
      return "";
    }
    if (plan.isSigned()) {
      var sig = plan.signature().get();
      return "Signed: revision "
          + plan.revision()
          + " by "
          + sig.user()
          + " ("
          + sig.role()
          + ") at "
          + sig.signedUtc()
          + "\nPlan hash "
          + sig.planHash().value();
    }
    return "Unsigned revision " + plan.revision() + "\nPlan hash " + PlanHashes.of(plan).value();
  }

  private static String targetText(PlanEditorSnapshot s) {
    if (s.planCase() == null) {
      return "Open an ultrasound image with a calibrated region, or a CT or MR series, to plan on"
          + " it.";
    }
    if (s.pending() != null) {
      return "New target "
          + s.pending().nerve()
          + " ("
          + s.pending().side()
          + "): "
          + s.pending().missing();
    }
    Plan plan = s.committed();
    if (plan == null) {
      return "Choose the target nerve, trace it (Nerve), then place a probe (Probe).";
    }
    if (s.selectedTarget() < 0) {
      return "";
    }
    var t = plan.targets().get(s.selectedTarget());
    var p = t.protocol();
    StringBuilder cycles = new StringBuilder();
    for (var c : p.cycles()) {
      cycles.append(
          String.format(Locale.ROOT, " %.0f s freeze / %.0f s thaw;", c.freezeSec(), c.thawSec()));
    }
    return String.format(
        Locale.ROOT,
        "%s (%s), side %s, traced %.1f mm, %d probe(s)\n%s at %.0f C:%s",
        t.nerve(),
        t.nerveEntry().name(),
        t.side(),
        t.pathLengthMm(),
        t.probes().size(),
        p.gas(),
        p.setpointC(),
        cycles);
  }

  private void drawPrediction(PlanEditorSnapshot s) {
    LivePredictionSnapshot live = s.live();
    StringBuilder text = new StringBuilder();
    if (!live.problems().isEmpty()) {
      text.append("Cannot predict this plan: ");
      live.problems().forEach(p -> text.append(p.message()).append("; "));
    } else if (live.answeredPlan() == null) {
      text.append(live.running() ? "Predicting..." : "No prediction yet.");
    } else {
      if (live.stage() == PredictionStage.QUICK) {
        boolean several =
            live.answeredPlan().targets().stream().anyMatch(t -> t.probes().size() > 1);
        text.append(
            several
                ? "PROVISIONAL: quick answer, each probe alone (axisymmetric), without the marked"
                    + " structures"
                : "PROVISIONAL: quick axisymmetric answer without the marked structures");
      } else {
        var paths =
            live.predictions().stream()
                .map(
                    p ->
                        p.prediction()
                            .map(x -> x.path().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .orElse("refused"))
                .distinct()
                .toList();
        text.append("Final: ")
            .append(String.join(", ", paths).replace("three-d", "3-D"))
            .append(" model");
      }
      if (live.running()) {
        text.append(
            String.format(
                Locale.ROOT,
                "; refining%s (%.0f %%)",
                live.runningStage().isEmpty() || live.runningStage().equals("quick")
                    ? ""
                    : " in " + live.runningStage(),
                100 * live.progress()));
      }
      text.append(
          String.format(
              Locale.ROOT,
              "\nrevision %d, %.0f ms",
              live.answeredPlan().revision(),
              live.lastWallMs()));
    }
    prediction.setText(text.toString());
    prediction.getStyleClass().removeAll("plan-provisional");
    if (live.provisional() && live.answeredPlan() != null) {
      prediction.getStyleClass().add("plan-provisional");
    }
    progress.setVisible(live.running());
    progress.setManaged(live.running());
    progress.setProgress(live.running() ? live.progress() : 0);
    validity.setText(validityText(live));
    drawSlider(live);
  }

  private static String validityText(LivePredictionSnapshot live) {
    StringBuilder text = new StringBuilder();
    for (var t : live.predictions()) {
      if (t.prediction().isEmpty()) {
        text.append("Target ")
            .append(t.targetIndex() + 1)
            .append(": no prediction: ")
            .append(t.failure())
            .append('\n');
        continue;
      }
      var p = t.prediction().get();
      text.append("Validity: ")
          .append(
              org.cryows.planner.check.PlanCheckReport.TargetModel.validityName(
                  p.validity().status()))
          .append(" (")
          .append(p.modelVersion().split(" ")[0])
          .append(")");
      for (String reason : p.validity().reasons()) {
        text.append("\n- ").append(reason);
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  private void drawSlider(LivePredictionSnapshot live) {
    Plan plan = live.answeredPlan();
    if (plan == null) {
      time.setDisable(true);
      timeText.setText("");
      phasesText.setText("");
      return;
    }
    time.setDisable(false);
    var protocol = plan.targets().getFirst().protocol();
    if (sliderFor == null || !sliderFor.targets().getFirst().protocol().equals(protocol)) {
      time.setMin(0);
      time.setMax(protocol.totalSec());
      time.setMajorTickUnit(60);
      time.setValue(IceDisplay.largestIceSec(protocol));
      iceTime.set(time.getValue());
    }
    sliderFor = plan;
    StringBuilder phases = new StringBuilder();
    for (var phase : IceDisplay.phases(protocol)) {
      phases.append(
          String.format(
              Locale.ROOT, "%s %.0f-%.0f s  ", phase.name(), phase.startSec(), phase.endSec()));
    }
    phasesText.setText(phases.toString().strip());
    drawTime(time.getValue());
  }

  private void drawTime(double sec) {
    Plan plan = editor.snapshot().live().answeredPlan();
    if (plan == null) {
      return;
    }
    String phase = "";
    for (var p : IceDisplay.phases(plan.targets().getFirst().protocol())) {
      if (phase.isEmpty() && sec >= p.startSec() - 1e-9 && sec <= p.endSec() + 1e-9) {
        phase = Math.abs(sec - p.endSec()) < 1e-6 ? "end of " + p.name() : p.name();
      }
    }
    double shown = IceDisplay.nearestTime(editor.snapshot().live(), sec).orElse(sec);
    timeText.setText(String.format(Locale.ROOT, "Isotherms at %.0f s, %s", shown, phase));
  }

  private void drawChecks(LivePredictionSnapshot live) {
    Optional<PlanCheckReport> report = live.report();
    String key = report.map(r -> r.toString()).orElse("") + live.provisional() + live.stage();
    if (key.equals(drawnChecks)) {
      return;
    }
    drawnChecks = key;
    checks.getChildren().clear();
    summary.getStyleClass().removeAll("check-pass", "check-warn", "check-fail");
    if (report.isEmpty()) {
      summary.setText(live.running() ? "Checks: waiting for the prediction" : "Checks: none yet");
      return;
    }
    PlanCheckReport r = report.get();
    summary.setText(
        (live.stage() == PredictionStage.QUICK ? "PROVISIONAL " : "")
            + "Summary: "
            + icon(r.summary())
            + " "
            + r.summary().jsonName().toUpperCase(Locale.ROOT));
    summary.getStyleClass().add("check-" + r.summary().jsonName());
    for (CheckResult c : r.results()) {
      Label line =
          new Label(
              icon(c.status())
                  + " "
                  + c.status().jsonName().toUpperCase(Locale.ROOT)
                  + "  "
                  + c.check()
                  + c.target().map(t -> " (" + t + ")").orElse("")
                  + ": "
                  + c.message());
      line.setWrapText(true);
      line.getStyleClass().addAll("check-line", "check-" + c.status().jsonName());
      line.setUserData(c);
      checks.getChildren().add(line);
    }
  }

  static String icon(CheckStatus status) {
    return switch (status) {
      case PASS -> "\u2714";
      case WARN -> "\u26A0";
      case FAIL -> "\u2716";
    };
  }

  private void drawAnswers(Plan plan) {
    List<Optional<Boolean>> given =
        plan == null
            ? List.of(Optional.empty(), Optional.empty(), Optional.empty())
            : List.copyOf(plan.contraindications().byField().values());
    for (int i = 0; i < answers.size(); i++) {
      answers.get(i).setDisable(plan == null);
      String value = given.get(i).map(b -> b ? "yes" : "no").orElse(CHOICES[0]);
      for (Node n : answers.get(i).getChildren()) {
        ((ToggleButton) n).setSelected(value.equals(n.getUserData()));
      }
    }
  }
}
