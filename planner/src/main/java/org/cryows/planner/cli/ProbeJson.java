package org.cryows.planner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;

/** A probe as the command line prints it: in the catalog and in a prediction's model. */
final class ProbeJson {

  private ProbeJson() {}

  static Map<String, Object> of(ProbeModel probe) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", probe.id());
    json.put("gauge", probe.gauge().isPresent() ? probe.gauge().getAsInt() : null);
    json.put("diameterMm", probe.outerDiameterMm());
    json.put("activeLengthMm", probe.activeLengthMm());
    json.put(
        "activeSegmentFromTipMm",
        List.of(probe.activeSegmentStartMm(), probe.activeSegmentEndMm()));
    json.put("gases", List.of(probe.gas().name()));
    json.put("description", probe.description());
    json.put("cooling", cooling(probe.cooling()));
    json.put("provenance", provenance(probe.provenance()));
    return json;
  }

  static Map<String, Object> cooling(ProbeCooling cooling) {
    Map<String, Object> json = new LinkedHashMap<>();
    switch (cooling) {
      case ProbeCooling.LineHeatExtraction line -> {
        json.put("law", "line-heat-extraction");
        json.put("nominalWattsPerM", line.nominalWattsPerM());
        json.put("rampTimeConstantSec", line.rampTimeConstantSec());
        json.put("nominalSupplyPressureKPa", line.nominalSupplyPressureKPa());
      }
      case ProbeCooling.ConvectiveCooling convective -> {
        json.put("law", "convective");
        json.put("heatTransferCoefficientWPerM2K", convective.heatTransferCoefficientWPerM2K());
        json.put("gasTemperatureC", convective.gasTemperatureC());
      }
      case ProbeCooling.RegulatedTip tip -> {
        json.put("law", "regulated-tip");
        json.put("heatTransferCoefficientWPerM2K", tip.heatTransferCoefficientWPerM2K());
      }
      case ProbeCooling.SurfaceTemperature surface -> {
        json.put("law", "surface-temperature");
        json.put("temperatureC", surface.temperatureC());
      }
    }
    return json;
  }

  static Map<String, Object> provenance(CoolingProvenance provenance) {
    Map<String, Object> json = new LinkedHashMap<>();
    switch (provenance) {
      case CoolingProvenance.Estimated estimated -> {
        json.put("kind", "estimated");
        json.put("basis", estimated.basis());
      }
      case CoolingProvenance.Prescribed prescribed -> {
        json.put("kind", "prescribed");
        json.put("what", prescribed.what());
      }
      case CoolingProvenance.FittedToMeasurement fitted -> {
        json.put("kind", "fitted");
        json.put("measuredData", fitted.measuredData());
        json.put("source", fitted.source());
      }
    }
    return json;
  }
}
