package org.cryows.planner.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.cryows.planner.check.CheckResult;
import org.cryows.planner.check.CheckStatus;
import org.cryows.planner.check.CheckedPlan;
import org.cryows.planner.check.PlanCheckReport;
import org.cryows.planner.check.TargetPrediction;
import org.cryows.planner.plan.CanonicalJson;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlanVerification;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Signature;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.PlaneContour;
import org.cryows.planner.prediction.PointExposure;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.prediction.PredictionDefaults;
import org.cryows.planner.thermal.cartesian.IsothermContour;
import org.cryows.planner.thermal.cartesian.ProbeIceBall;
import org.cryows.treatment.FreezeCycle;

/**
 * The plan's PDF report: the case's identity, the sign-off (or DRAFT on every page), the checks'
 * table with their figures as {@code plan check} prints them, the model and its validity; then per
 * target its nerve, protocol and probes, its section with the isotherms, and charts of the nerve's
 * coldest temperature and of the ice ball's size over the protocol.
 */
public final class PlanReport {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final CheckedPlan checked;
  private final ReportSections sections;
  private final String planName;
  private final Instant generated;
  private final PlanVerification verification;
  private PdfLayout layout;

  private PlanReport(
      CheckedPlan checked, ReportSections sections, String planName, Instant generated) {
    this.checked = checked;
    this.sections = sections;
    this.planName = planName;
    this.generated = generated;
    this.verification = PlanVerification.of(checked.plan());
  }

  /** Whether the report is a draft: the plan is unsigned, or changed since its signature. */
  public static boolean isDraft(Plan plan) {
    return !PlanVerification.of(plan).intact();
  }

  /**
   * Writes the report to a file: a temporary file in the same folder, renamed over {@code pdf} once
   * complete, so the file is the old report or the new one, never half of one.
   *
   * @return the number of pages
   */
  public static int writeFile(
      CheckedPlan checked, ReportSections sections, String planName, Instant generated, Path pdf)
      throws IOException {
    Path target = pdf.toAbsolutePath();
    Path temporary =
        Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      int pages;
      try (OutputStream stream = Files.newOutputStream(temporary)) {
        pages = write(checked, sections, planName, generated, stream);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return pages;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Writes the report.
   *
   * @param checked the plan, its predictions (made with {@code sections}' planes) and checks
   * @param planName the plan's file name, shown on the report
   * @return the number of pages
   */
  public static int write(
      CheckedPlan checked,
      ReportSections sections,
      String planName,
      Instant generated,
      OutputStream out)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      var report = new PlanReport(checked, sections, planName, generated);
      report.layout = new PdfLayout(document);
      report.compose();
      report.layout.close();
      report.decorate(document);
      report.describe(document);
      document.save(out);
      return document.getNumberOfPages();
    }
  }

  private Plan plan() {
    return checked.plan();
  }

  private boolean draft() {
    return !verification.intact();
  }

  private void compose() {
    layout.newPage();
    header();
    signOff();
    caseFacts();
    checksTable();
    model();
    for (int t = 0; t < plan().targets().size(); t++) {
      target(t);
    }
  }

  // ------------------------------------------------------------------ first page

  private void header() {
    layout.text(
        "Cryoneurolysis treatment plan",
        layout.bold(),
        17,
        PdfLayout.MARGIN,
        layout.y() + 17,
        PdfLayout.TEXT);
    String badge = draft() ? "DRAFT" : "SIGNED";
    Color color = draft() ? ReportColors.FAIL : ReportColors.PASS;
    float w = PdfLayout.width(badge, layout.bold(), 15);
    layout.text(
        badge, layout.bold(), 15, PdfLayout.MARGIN + PdfLayout.WIDTH - w, layout.y() + 17, color);
    layout.moveDown(26);
    var patient = plan().patient();
    layout.line(
        "Patient "
            + patient.id()
            + (patient.name().isBlank() ? "" : "  " + patient.name().replace('^', ' ')),
        layout.bold(),
        11,
        0,
        PdfLayout.TEXT);
    String targets =
        String.join(
            ", ",
            plan().targets().stream()
                .map(t -> t.nerve() + " (" + t.nerveEntry().name() + ", side " + t.side() + ")")
                .toList());
    layout.paragraph(
        "Targets: " + targets, layout.regular(), 9.5f, 0, PdfLayout.WIDTH, PdfLayout.TEXT);
    layout.rule();
  }

  private void signOff() {
    if (plan().signature().isPresent() && verification.intact()) {
      Signature s = plan().signature().get();
      layout.line("Signed", layout.bold(), 10, 0, ReportColors.PASS);
      layout.paragraph(
          "Signed by "
              + s.user()
              + " ("
              + s.role()
              + ", operating-system user "
              + s.osUser()
              + ") on "
              + UTC.format(s.signedUtc())
              + ". Checks when signed: "
              + s.checkSummary()
              + "."
              + s.acceptedFailed()
                  .map(r -> " Failed check accepted because: " + r + ".")
                  .orElse(""),
          layout.regular(),
          9,
          0,
          PdfLayout.WIDTH,
          PdfLayout.TEXT);
      layout.paragraph(
          "Content hash " + s.planHash().value(),
          layout.mono(),
          7.5f,
          0,
          PdfLayout.WIDTH,
          PdfLayout.TEXT);
    } else {
      layout.line("DRAFT: not a plan to treat from", layout.bold(), 10, 0, ReportColors.FAIL);
      String why =
          plan().signature().isEmpty()
              ? "This revision is not signed."
              : "This plan changed after it was signed: "
                  + String.join("; ", verification.changes())
                  + ".";
      layout.paragraph(
          why + " Only a signed plan gives the console its protocol.",
          layout.regular(),
          9,
          0,
          PdfLayout.WIDTH,
          PdfLayout.TEXT);
      layout.paragraph(
          "Content hash " + checked.report().planHash().value(),
          layout.mono(),
          7.5f,
          0,
          PdfLayout.WIDTH,
          PdfLayout.TEXT);
    }
    layout.rule();
  }

  private void caseFacts() {
    Plan plan = plan();
    String frame =
        plan.frame() instanceof PlanFrame.Image image
            ? "ultrasound image frame (x lateral, y depth, mm; frame "
                + image.frame()
                + ", region "
                + image.region()
                + ")"
            : "patient frame (DICOM LPS, mm)";
    List<String> facts = new ArrayList<>();
    facts.add(
        "Plan "
            + planName
            + ", revision "
            + plan.revision()
            + "; "
            + frame
            + "; tissue "
            + plan.tissue()
            + ".");
    List<String> answers = new ArrayList<>();
    plan.contraindications()
        .byField()
        .forEach(
            (field, answer) ->
                answers.add(
                    field + " " + answer.map(a -> a ? "YES" : "no").orElse("not answered")));
    facts.add("Contraindications: " + String.join(", ", answers) + ".");
    facts.add(
        plan.images().isEmpty()
            ? "Images: none named."
            : "Images: "
                + String.join(
                    "; ",
                    plan.images().stream()
                        .map(
                            i ->
                                i.file().orElse("(no file)")
                                    + ", Patient ID "
                                    + i.patientId()
                                    + ", laterality "
                                    + i.laterality().orElse("none"))
                        .toList())
                + ".");
    facts.add("Report generated " + UTC.format(generated) + ".");
    for (String fact : facts) {
      layout.paragraph(fact, layout.regular(), 8.5f, 0, PdfLayout.WIDTH, PdfLayout.TEXT);
    }
    layout.moveDown(4);
  }

  private static final float[] COLUMNS = {84, 50, 34, 50, 44};

  private void checksTable() {
    PlanCheckReport report = checked.report();
    long fails = report.results().stream().filter(r -> r.status() == CheckStatus.FAIL).count();
    long warns = report.results().stream().filter(r -> r.status() == CheckStatus.WARN).count();
    long passes = report.results().size() - fails - warns;
    layout.ensureRoom(40);
    layout.line(
        "Checks: "
            + report.summary().jsonName().toUpperCase(Locale.ROOT)
            + "  ("
            + fails
            + " fail, "
            + warns
            + " warn, "
            + passes
            + " pass)",
        layout.bold(),
        11,
        0,
        colour(report.summary()));
    tableHeader();
    for (CheckResult result : report.results()) {
      row(result);
    }
    layout.moveDown(6);
  }

  private void tableHeader() {
    String[] names = {"Check", "Target", "Status", "Value", "Limit", "Finding"};
    layout.ensureRoom(14);
    float x = PdfLayout.MARGIN;
    for (int c = 0; c < names.length; c++) {
      layout.text(names[c], layout.bold(), 8, x, layout.y() + 9, PdfLayout.TEXT);
      x += c < COLUMNS.length ? COLUMNS[c] : 0;
    }
    layout.moveDown(12);
    layout.strokeLine(
        PdfLayout.MARGIN,
        layout.y(),
        PdfLayout.MARGIN + PdfLayout.WIDTH,
        layout.y(),
        PdfLayout.MUTED,
        0.6f);
    layout.moveDown(2);
  }

  private void row(CheckResult result) {
    float messageX = 0;
    for (float c : COLUMNS) {
      messageX += c;
    }
    float messageWidth = PdfLayout.WIDTH - messageX;
    List<String> lines = PdfLayout.wrap(result.message(), layout.regular(), 7.5f, messageWidth);
    float height = Math.max(1, lines.size()) * 9.5f + 4;
    if (layout.remaining() < height) {
      layout.newPage();
      tableHeader();
    }
    float baseline = layout.y() + 8.5f;
    float x = PdfLayout.MARGIN;
    String[] cells = {
      result.check(),
      result.target().orElse("plan"),
      result.status().jsonName().toUpperCase(Locale.ROOT),
      result.value().isPresent() ? result.valueText() + " " + result.unit() : "-",
      result.limit().isPresent() ? result.limitText() + " " + result.unit() : "-"
    };
    for (int c = 0; c < cells.length; c++) {
      boolean status = c == 2;
      layout.text(
          cells[c],
          status ? layout.bold() : layout.regular(),
          8,
          x,
          baseline,
          status ? colour(result.status()) : PdfLayout.TEXT);
      x += COLUMNS[c];
    }
    float lineTop = baseline;
    for (String line : lines) {
      layout.text(line, layout.regular(), 7.5f, x, lineTop, PdfLayout.TEXT);
      lineTop += 9.5f;
    }
    layout.moveDown(height);
    layout.strokeLine(
        PdfLayout.MARGIN,
        layout.y() - 1,
        PdfLayout.MARGIN + PdfLayout.WIDTH,
        layout.y() - 1,
        PdfLayout.RULE,
        0.4f);
  }

  private void model() {
    layout.ensureRoom(40);
    layout.line("Model and validity", layout.bold(), 10, 0, PdfLayout.TEXT);
    for (PlanCheckReport.TargetModel model : checked.report().models()) {
      String text;
      if (model.prediction().isPresent()) {
        Prediction p = model.prediction().get();
        text =
            model.target()
                + ": "
                + p.path().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " model ("
                + p.pathReason()
                + "), "
                + p.modelVersion()
                + ". Validity: "
                + model.validityName()
                + (p.validity().reasons().isEmpty()
                    ? ""
                    : " (" + String.join("; ", p.validity().reasons()) + ")")
                + ".";
      } else {
        text = model.target() + ": no prediction: " + model.failure();
      }
      layout.paragraph(text, layout.regular(), 7.5f, 0, PdfLayout.WIDTH, PdfLayout.TEXT);
    }
    layout.paragraph(
        "Figures are predictions of a thermal model, indicative where the validity says so; the"
            + " nerve dose is the length of the traced nerve predicted at or below -20 C.",
        layout.regular(),
        7.5f,
        0,
        PdfLayout.WIDTH,
        PdfLayout.MUTED);
  }

  // ------------------------------------------------------------------ one target

  private void target(int index) {
    Target target = plan().targets().get(index);
    TargetPrediction predicted = checked.predictions().get(index);
    layout.newPage();
    layout.line(
        "Target "
            + (index + 1)
            + " of "
            + plan().targets().size()
            + ": "
            + target.nerve()
            + ", "
            + target.nerveEntry().name()
            + ", side "
            + target.side(),
        layout.bold(),
        13,
        0,
        PdfLayout.TEXT);
    var nerve = target.nerveEntry();
    layout.paragraph(
        nerve.region()
            + "; "
            + (nerve.sensory() ? "sensory nerve" : "mixed nerve (motor block possible)")
            + "; traced course "
            + CheckResult.text(target.pathLengthMm())
            + " mm.",
        layout.regular(),
        9,
        0,
        PdfLayout.WIDTH,
        PdfLayout.TEXT);
    layout.paragraph(
        "Protocol: " + protocolText(target, predicted),
        layout.regular(),
        9,
        0,
        PdfLayout.WIDTH,
        PdfLayout.TEXT);
    probes(target);
    for (CheckResult result : checked.report().results()) {
      if (result.check().equals("nerveDose") && result.target().orElse("").equals(target.nerve())) {
        layout.paragraph(
            "Nerve dose: "
                + result.valueText()
                + " mm at or below -20 C ("
                + result.status().jsonName()
                + "): "
                + result.message(),
            layout.bold(),
            8.5f,
            0,
            PdfLayout.WIDTH,
            colour(result.status()));
      }
    }
    layout.moveDown(4);
    if (predicted.prediction().isEmpty()) {
      layout.paragraph(
          "No prediction: " + predicted.failure(),
          layout.bold(),
          9,
          0,
          PdfLayout.WIDTH,
          ReportColors.FAIL);
      return;
    }
    Prediction prediction = predicted.prediction().get();
    double when = lastFreezeEndSec(target);
    List<IsothermContour> contours = new ArrayList<>();
    for (PlaneContour contour : prediction.contours()) {
      if (contour.planeIndex() == 0 && contour.timeSec() == when) {
        contours.add(contour.contour());
      }
    }
    SectionFigure.draw(
        layout,
        sections.of(index),
        plan(),
        target,
        contours,
        String.format(
            Locale.ROOT, "at %.0f s, the end of the last freeze (the ice near its largest)", when),
        330);
    charts(target, predicted, prediction);
  }

  private static String protocolText(Target target, TargetPrediction predicted) {
    var protocol = target.protocol();
    List<String> cycles = new ArrayList<>();
    for (FreezeCycle cycle : protocol.cycles()) {
      cycles.add(
          CanonicalJson.number(cycle.freezeSec())
              + " s freeze, "
              + CanonicalJson.number(cycle.thawSec())
              + " s thaw");
    }
    String held =
        predicted
            .prediction()
            .flatMap(
                p ->
                    p.heldTipsC().isEmpty()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(p.heldTipsC().getFirst()))
            .filter(OptionalDouble::isPresent)
            .map(t -> "; the console holds the tip at " + CheckResult.text(t.getAsDouble()) + " C")
            .orElse("");
    return protocol.gas()
        + ", setpoint "
        + CheckResult.text(protocol.setpointC())
        + " C"
        + held
        + "; "
        + protocol.cycles().size()
        + (protocol.cycles().size() == 1 ? " cycle: " : " cycles: ")
        + String.join("; ", cycles)
        + " ("
        + CanonicalJson.number(protocol.totalSec())
        + " s).";
  }

  private void probes(Target target) {
    for (int p = 0; p < target.probes().size(); p++) {
      PlannedProbe probe = target.probes().get(p);
      var model = probe.probe();
      layout.paragraph(
          String.format(
              Locale.ROOT,
              "Probe %d: %s (%s%.1f mm, active %.1f mm from the tip). Tip (%.1f, %.1f, %.1f) mm,"
                  + " entry (%.1f, %.1f, %.1f) mm, %.1f mm inserted.",
              p,
              model.id(),
              model.gauge().isPresent() ? model.gauge().getAsInt() + "G, " : "",
              model.outerDiameterMm(),
              model.activeLengthMm(),
              probe.tipMm().x(),
              probe.tipMm().y(),
              probe.tipMm().z(),
              probe.entryMm().x(),
              probe.entryMm().y(),
              probe.entryMm().z(),
              probe.insertedLengthMm()),
          layout.regular(),
          8.5f,
          0,
          PdfLayout.WIDTH,
          PdfLayout.TEXT);
    }
  }

  /** When the protocol's last freeze ends, s (an output time of every plan prediction). */
  private static double lastFreezeEndSec(Target target) {
    double end = 0;
    for (FreezeCycle.Phase phase : target.protocol().phases()) {
      if (phase.kind() == FreezeCycle.PhaseKind.FREEZE) {
        end = phase.endSec();
      }
    }
    return end;
  }

  private void charts(Target target, TargetPrediction predicted, Prediction prediction) {
    List<Double> times = prediction.timesSec();
    double[] x = new double[times.size() + 1];
    double[] coldest = new double[times.size() + 1];
    x[0] = 0;
    // Before the first freeze the tissue is at the model's initial temperature.
    coldest[0] = PredictionDefaults.BODY_TEMPERATURE_C;
    var nerve = predicted.sampling().nerve();
    for (int k = 0; k < times.size(); k++) {
      x[k + 1] = times.get(k);
      double low = Double.NaN;
      for (int i = 0; i < nerve.count(); i++) {
        int index = nerve.first() + i;
        PointExposure e = predicted.exposure(index);
        if (e.where() == PointExposure.Where.IN_PROBE && nerve.wallSample().get(i).isPresent()) {
          e = predicted.exposure(nerve.wallSample().get(i).getAsInt());
        }
        double t = e.temperaturesC().get(k);
        if (!Double.isNaN(t) && (Double.isNaN(low) || t < low)) {
          low = t;
        }
      }
      coldest[k + 1] = low;
    }
    List<double[]> freezes = new ArrayList<>();
    for (FreezeCycle.Phase phase : target.protocol().phases()) {
      if (phase.kind() == FreezeCycle.PhaseKind.FREEZE) {
        freezes.add(new double[] {phase.startSec(), phase.endSec()});
      }
    }
    double total = target.protocol().totalSec();
    layout.moveDown(6);
    layout.ensureRoom(190);
    float top = layout.y();
    float half = (PdfLayout.WIDTH - 16) / 2;
    float left =
        LineChart.draw(
            layout,
            PdfLayout.MARGIN,
            half,
            "Nerve: coldest temperature along " + target.nerve() + ", C",
            "time, s (shaded: freezing)",
            List.of(
                new LineChart.Series(
                    "coldest point of the nerve", ReportColors.NERVE, false, x, coldest)),
            List.of(
                new LineChart.Reference(0, "0 C", ReportColors.ISOTHERM_0),
                new LineChart.Reference(-20, "-20 C", ReportColors.ISOTHERM_20),
                new LineChart.Reference(-40, "-40 C", ReportColors.ISOTHERM_40)),
            freezes,
            total);
    layout.moveDown(-layout.y() + top);
    List<LineChart.Series> ice = new ArrayList<>();
    for (ProbeIceBall ball : prediction.iceBalls()) {
      for (int n = 0; n < ball.isothermsC().size(); n++) {
        double isotherm = ball.isothermsC().get(n);
        double[] dx = new double[times.size() + 1];
        double[] dy = new double[times.size() + 1];
        dx[0] = 0;
        dy[0] = Double.NaN;
        for (int k = 0; k < times.size(); k++) {
          dx[k + 1] = times.get(k);
          OptionalDouble d = ball.diametersMm().get(n).get(k);
          dy[k + 1] = d.isPresent() ? d.getAsDouble() : Double.NaN;
        }
        String label =
            CanonicalJson.number(isotherm)
                + " C"
                + (prediction.iceBalls().size() > 1 ? ", probe " + ball.probeIndex() : "");
        ice.add(
            new LineChart.Series(
                label, ReportColors.isotherm(isotherm), ball.probeIndex() > 0, dx, dy));
      }
    }
    float right =
        LineChart.draw(
            layout,
            PdfLayout.MARGIN + half + 16,
            half,
            "Ice ball: widest diameter, mm",
            "time, s (shaded: freezing)",
            ice,
            List.of(),
            freezes,
            total);
    layout.moveDown(Math.max(left, right));
    layout.paragraph(
        "Charts at the prediction's output times (every 15 s and at the end of each phase); the"
            + " nerve dose uses every model step.",
        layout.regular(),
        7,
        0,
        PdfLayout.WIDTH,
        PdfLayout.MUTED);
  }

  // ------------------------------------------------------------------ every page

  private static Color colour(CheckStatus status) {
    return switch (status) {
      case PASS -> ReportColors.PASS;
      case WARN -> ReportColors.WARN;
      case FAIL -> ReportColors.FAIL;
    };
  }

  /** Footer on every page; a DRAFT watermark across every page of a draft. */
  private void decorate(PDDocument document) throws IOException {
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      PDPage page = document.getPage(i);
      try (var cs =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String footer =
            "Plan "
                + planName
                + "  revision "
                + plan().revision()
                + "  "
                + checked.report().planHash().value().substring(0, 19)
                + "  "
                + (draft() ? "DRAFT" : "signed")
                + "  page "
                + (i + 1)
                + " of "
                + count;
        cs.beginText();
        cs.setFont(layout.regular(), 7);
        cs.setNonStrokingColor(PdfLayout.MUTED);
        cs.newLineAtOffset(PdfLayout.MARGIN, 24);
        cs.showText(PdfLayout.encodable(layout.regular(), footer));
        cs.endText();
        if (draft()) {
          var faint = new PDExtendedGraphicsState();
          faint.setNonStrokingAlphaConstant(0.12f);
          cs.setGraphicsStateParameters(faint);
          cs.beginText();
          cs.setFont(layout.bold(), 110);
          cs.setNonStrokingColor(ReportColors.FAIL);
          cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(52), 150, 220));
          cs.showText("DRAFT");
          cs.endText();
        }
      }
    }
  }

  private void describe(PDDocument document) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle("Cryoneurolysis plan " + plan().patient().id() + (draft() ? " (DRAFT)" : ""));
    info.setSubject(
        "plan " + checked.report().planHash().value() + " revision " + plan().revision());
    info.setCreator("cryo workstation");
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.setTimeInMillis(generated.toEpochMilli());
    info.setCreationDate(created);
  }
}
