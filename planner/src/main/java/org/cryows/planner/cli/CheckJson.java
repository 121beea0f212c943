package org.cryows.planner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryows.planner.check.CheckResult;
import org.cryows.planner.check.CheckedPlan;
import org.cryows.planner.check.PlanCheckReport;

/** The lines {@code plan check} prints. */
final class CheckJson {

  private CheckJson() {}

  /** One check: check, target, status, value, unit, limit, message, then its own figures. */
  static Map<String, Object> of(CheckResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("check", result.check());
    json.put("target", result.target().orElse(null));
    json.put("status", result.status().jsonName());
    json.put("value", result.value().isPresent() ? result.value().getAsDouble() : null);
    json.put("unit", result.unit());
    json.put("limit", result.limit().isPresent() ? result.limit().getAsDouble() : null);
    json.put("message", result.message());
    json.putAll(result.details());
    return json;
  }

  /** The last line: summary, planHash, model, validity, wallMs, and each target's prediction. */
  static Map<String, Object> summary(CheckedPlan checked) {
    PlanCheckReport report = checked.report();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("summary", report.summary().jsonName());
    json.put("planHash", report.planHash().value());
    json.put("model", report.modelVersions());
    json.put("validity", report.weakestValidity());
    json.put("wallMs", checked.wallMs());
    List<Map<String, Object>> predictions = new ArrayList<>();
    for (PlanCheckReport.TargetModel model : report.models()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("target", model.target());
      if (model.prediction().isPresent()) {
        var prediction = model.prediction().get();
        entry.put("path", prediction.path().name());
        entry.put("pathReason", prediction.pathReason());
        entry.put("modelVersion", prediction.modelVersion());
        entry.put("validity", model.validityName());
        entry.put("validityReasons", prediction.validity().reasons());
        entry.put("wallMs", Math.round(prediction.wallSec() * 1000));
      } else {
        entry.put("failure", model.failure());
      }
      predictions.add(entry);
    }
    json.put("predictions", predictions);
    return json;
  }
}
