package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.TissueCatalog;
import org.junit.jupiter.api.Test;

/** The flat tables agree with {@link EnthalpyModel}, and the local solve solves its equation. */
class MaterialsTest {

  private final List<EnthalpyModel> models =
      List.of(
          EnthalpyModel.of(TissueCatalog.byName("generic"), false),
          EnthalpyModel.of(TissueCatalog.byName("generic"), true),
          EnthalpyModel.of(TissueCatalog.byName("bone"), false));
  private final Materials materials = new Materials(models);

  @Test
  void temperatureC_everyBranch_matchesTheEnthalpyModel() {
    for (int m = 0; m < models.size(); m++) {
      for (double t = -100; t <= 60; t += 0.37) {
        double h = models.get(m).enthalpyJPerM3(t);
        assertEquals(models.get(m).temperatureC(h), materials.temperatureC(m, h), 1e-9);
        assertEquals(models.get(m).conductivityWPerMK(h), materials.mixedConductivity(m, h), 1e-12);
      }
    }
  }

  @Test
  void relaxLocal_withoutOverRelaxation_satisfiesTheCellBalanceOnEveryBranch() {
    double capacity = 0.8;
    double conductance = 3e5;
    for (int m = 0; m < models.size(); m++) {
      for (double target = -100; target <= 60; target += 0.53) {
        double right = capacity * models.get(m).enthalpyJPerM3(target) + conductance * target;
        for (double start : new double[] {-60, -4, 0.5, 30}) {
          double current = models.get(m).enthalpyJPerM3(start);
          double h = materials.relaxLocal(m, capacity, conductance, right, current, 1, 1);
          double balance = capacity * h + conductance * materials.temperatureC(m, h);
          assertEquals(right, balance, 1e-9 * Math.abs(right) + 1e-6);
          assertEquals(target, materials.temperatureC(m, h), 1e-9);
        }
      }
    }
  }

  @Test
  void relaxLocal_overRelaxesWithinABranchOnly() {
    double capacity = 0.8;
    double conductance = 3e5;
    int m = 0;
    EnthalpyModel model = models.get(m);
    // Unfrozen to unfrozen: 30 C towards a root at 20 C, over-relaxed past it.
    double right = capacity * model.enthalpyJPerM3(20) + conductance * 20;
    double current = model.enthalpyJPerM3(30);
    double root = model.enthalpyJPerM3(20);
    assertEquals(
        current + 1.3 * (root - current),
        materials.relaxLocal(m, capacity, conductance, right, current, 1.3, 1.6),
        1e-6 * Math.abs(root));
    // Ice to ice: over-relaxed by the ice's own factor.
    double iceRight = capacity * model.enthalpyJPerM3(-40) + conductance * -40;
    double iceRoot = model.enthalpyJPerM3(-40);
    double iceCurrent = model.enthalpyJPerM3(-30);
    assertEquals(
        iceCurrent + 1.6 * (iceRoot - iceCurrent),
        materials.relaxLocal(m, capacity, conductance, iceRight, iceCurrent, 1.3, 1.6),
        1e-6 * Math.abs(iceRoot));
    // From ice to an unfrozen root: across the latent heat the root is taken as it is.
    double fromIce = model.enthalpyJPerM3(-30);
    assertEquals(
        root,
        materials.relaxLocal(m, capacity, conductance, right, fromIce, 1.3, 1.6),
        1e-6 * Math.abs(root));
  }

  @Test
  void kirchhoffConductivity_mushyTissue_isTheMeanOfTheModelsConductivityOverTheInterval() {
    int[] mushy = {0, 2};
    double[][] intervals = {{-30, 10}, {-20, -5}, {-6, -2}, {-3, 20}, {5, 30}, {-50, -10}};
    for (int m : mushy) {
      for (double[] interval : intervals) {
        // Midpoint rule over the model's own k(T(H)): exact on the linear pieces.
        int pieces = 4000;
        double width = (interval[1] - interval[0]) / pieces;
        double integral = 0;
        for (int n = 0; n < pieces; n++) {
          double t = interval[0] + (n + 0.5) * width;
          integral += models.get(m).conductivityWPerMK(models.get(m).enthalpyJPerM3(t)) * width;
        }
        double mean = integral / (interval[1] - interval[0]);
        assertEquals(mean, materials.kirchhoffConductivity(m, interval[0], interval[1]), 1e-6);
        assertEquals(mean, materials.kirchhoffConductivity(m, interval[1], interval[0]), 1e-6);
      }
      assertEquals(
          models.get(m).conductivityWPerMK(models.get(m).enthalpyJPerM3(-4)),
          materials.kirchhoffConductivity(m, -4, -4),
          1e-12);
    }
  }
}
