package org.cryows.planner.thermal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tissues the thermal model knows, by name. Values marked [check] should be confirmed against
 * the cited source before a clinical claim rests on them.
 */
public final class TissueCatalog {

  /**
   * Blood as the IT'IS database v4.1 lists it (Hasgall et al. 2022, doi:10.13099/VIP21000-04-1).
   */
  private static final double BLOOD_DENSITY_KG_PER_M3 = 1050;

  private static final double BLOOD_SPECIFIC_HEAT_J_PER_KG_K = 3617;

  private static final String ITIS =
      "IT'IS Foundation tissue properties database v4.1 (Hasgall et al. 2022,"
          + " doi:10.13099/VIP21000-04-1), unfrozen values [check]";

  private static final String WATER_CONTENT =
      "water content after McIntosh and Anderson, Biophys Rev Lett 2010;5:129 [check]";

  private static final Map<String, TissueProperties> TISSUES = build();

  private TissueCatalog() {}

  /**
   * The tissue of that name (case-insensitive).
   *
   * @throws InvalidThermalInputException naming the known tissues when the name is unknown
   */
  public static TissueProperties byName(String name) {
    TissueProperties tissue =
        name == null ? null : TISSUES.get(name.strip().toLowerCase(Locale.ROOT));
    if (tissue == null) {
      throw new InvalidThermalInputException(
          "unknown tissue '" + name + "'; known tissues: " + String.join(", ", names()));
    }
    return tissue;
  }

  public static List<String> names() {
    return List.copyOf(TISSUES.keySet());
  }

  private static Map<String, TissueProperties> build() {
    Map<String, TissueProperties> tissues = new LinkedHashMap<>();
    add(
        tissues,
        new TissueProperties(
            "generic",
            "Micromachines 2025, 16:1321, Table 1",
            0.5,
            2.0,
            1000,
            998,
            3600,
            1800,
            250e6,
            0.0005,
            1000,
            3600,
            4200,
            false));
    add(
        tissues,
        new TissueProperties(
            "water",
            "water and ice for gel phantoms: k 0.60 / 2.22 W/(m K), rho 1000 / 917 kg/m3,"
                + " c 4180 / 2090 J/(kg K), latent heat 334 kJ/kg per m3 of liquid"
                + " (CRC Handbook of Chemistry and Physics)",
            0.60,
            2.22,
            1000,
            917,
            4180,
            2090,
            334e6,
            0,
            1000,
            4180,
            0,
            true));
    add(tissues, itis("muscle", 0.75, 0.49, 1090, 3421, 37, 0.96));
    add(tissues, itis("fat", 0.21, 0.21, 911, 2348, 33, 0.51));
    add(tissues, itis("skin", 0.65, 0.37, 1109, 3391, 106, 1.65));
    add(tissues, itis("blood", 0.80, 0.52, 1050, 3617, 0, 0));
    add(
        tissues,
        FrozenStateEstimate.fromWaterContent(
            "bone",
            "IT'IS values as tabulated in Cancers 2019, 11:1183, Table 1: k 0.40 W/(m K),"
                + " rho 1990 kg/m3, c 1300 J/(kg K), perfusion coefficient 3400 W/(m3 K)"
                + " with blood c 3600 J/(kg K); "
                + WATER_CONTENT,
            0.15,
            0.40,
            1990,
            1300,
            3400.0 / (1000 * 3600),
            1000,
            3600,
            0));
    return Collections.unmodifiableMap(tissues);
  }

  private static TissueProperties itis(
      String name,
      double waterMassFraction,
      double conductivityWPerMK,
      double densityKgPerM3,
      double specificHeatJPerKgK,
      double perfusionMlPerMinPerKg,
      double heatGenerationWPerKg) {
    return FrozenStateEstimate.fromWaterContent(
        name,
        ITIS + "; " + WATER_CONTENT,
        waterMassFraction,
        conductivityWPerMK,
        densityKgPerM3,
        specificHeatJPerKgK,
        FrozenStateEstimate.perfusionRatePerSec(perfusionMlPerMinPerKg, densityKgPerM3),
        BLOOD_DENSITY_KG_PER_M3,
        BLOOD_SPECIFIC_HEAT_J_PER_KG_K,
        heatGenerationWPerKg * densityKgPerM3);
  }

  private static void add(Map<String, TissueProperties> tissues, TissueProperties tissue) {
    tissues.put(tissue.name(), tissue);
  }
}
