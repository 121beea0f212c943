package org.cryows.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.cryows.imaging.archfixture.ImagingCoreGdcm;
import org.cryows.imaging.archfixture.ImagingCorePixelMed;
import org.cryows.planner.archfixture.PlannerUsingConsole;
import org.cryows.planner.archfixture.PlannerUsingJavaFx;
import org.cryows.planner.archfixture.PlannerUsingUi;
import org.cryows.probecontrol.archfixture.ConsoleUsingPlanner;
import org.cryows.probecontrol.archfixture.ControllerUsingSerialPort;
import org.cryows.treatment.archfixture.TreatmentUsingPlanner;
import org.cryows.ui.archfixture.ViewUsingVtk;
import org.cryows.ui.archfixture.model.ViewModelUsingJavaFx;
import org.cryows.ui.archfixture.model.ViewModelUsingView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchitectureTest {

  /** Every production class of every module (the ui module's test class path holds them all). */
  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.cryows");

  static java.util.List<ArchRule> rules() {
    return ArchitectureRules.ALL;
  }

  @ParameterizedTest
  @MethodSource("rules")
  void productionCode_followsRule(ArchRule rule) {
    rule.check(PRODUCTION);
  }

  // The rules themselves are tested: a forbidden import must make each one fail.

  @Test
  void javafxInPlanner_fails() {
    assertViolates(ArchitectureRules.JAVAFX_ONLY_IN_UI, PlannerUsingJavaFx.class);
  }

  @Test
  void plannerDependingOnUi_fails() {
    assertViolates(ArchitectureRules.NO_MODULE_DEPENDS_ON_UI, PlannerUsingUi.class);
  }

  @Test
  void treatmentDependingOnPlanner_fails() {
    assertViolates(
        ArchitectureRules.TREATMENT_VOCABULARY_STANDS_ALONE, TreatmentUsingPlanner.class);
  }

  @Test
  void plannerDrivingTheConsole_fails() {
    assertViolates(ArchitectureRules.PLANNER_DOES_NOT_DRIVE_THE_CONSOLE, PlannerUsingConsole.class);
  }

  @Test
  void consoleDependingOnPlanner_fails() {
    assertViolates(ArchitectureRules.CONSOLE_DOES_NOT_PLAN, ConsoleUsingPlanner.class);
  }

  @Test
  void pixelMedOutsideAdapter_fails() {
    assertViolates(
        ArchitectureRules.DICOM_LIBRARIES_ONLY_IN_IMAGING_ADAPTER, ImagingCorePixelMed.class);
  }

  @Test
  void gdcmOutsideAdapter_fails() {
    assertViolates(
        ArchitectureRules.DICOM_LIBRARIES_ONLY_IN_IMAGING_ADAPTER, ImagingCoreGdcm.class);
  }

  @Test
  void vtkOutside3dAdapter_fails() {
    assertViolates(ArchitectureRules.VTK_ONLY_IN_UI_3D_ADAPTER, ViewUsingVtk.class);
  }

  @Test
  void serialLibraryOutsideSerialAdapter_fails() {
    assertViolates(
        ArchitectureRules.SERIAL_LIBRARY_ONLY_IN_SERIAL_ADAPTER, ControllerUsingSerialPort.class);
  }

  @Test
  void javafxInViewModel_fails() {
    assertViolates(ArchitectureRules.VIEW_MODELS_ARE_PLAIN_JAVA, ViewModelUsingJavaFx.class);
  }

  @Test
  void viewModelUsingView_fails() {
    assertViolates(ArchitectureRules.VIEW_MODELS_DO_NOT_KNOW_VIEWS, ViewModelUsingView.class);
  }

  private static void assertViolates(ArchRule rule, Class<?> offender) {
    JavaClasses classes = new ClassFileImporter().importClasses(offender);
    assertThrows(AssertionError.class, () -> rule.check(classes), rule.getDescription());
  }
}
