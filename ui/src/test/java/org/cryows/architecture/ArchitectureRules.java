package org.cryows.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The module boundaries of ARCHITECTURE.md as executable rules. Each library sits behind one small
 * adapter package so the core stays testable without it.
 */
final class ArchitectureRules {
  static final String UI = "org.cryows.ui..";
  static final String IMAGING_ADAPTER = "org.cryows.imaging.adapter..";
  static final String VTK_ADAPTER = "org.cryows.ui.vtk..";
  static final String SERIAL_ADAPTER = "org.cryows.probecontrol.serial..";

  private ArchitectureRules() {}

  static final ArchRule NO_MODULE_DEPENDS_ON_UI =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.cryows.imaging..",
              "org.cryows.treatment..",
              "org.cryows.planner..",
              "org.cryows.probecontrol..",
              "org.cryows.samples..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(UI)
          .because("no module depends on ui")
          .allowEmptyShould(true);

  static final ArchRule IMAGING_IS_THE_BASE =
      noClasses()
          .that()
          .resideInAPackage("org.cryows.imaging..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cryows.treatment..",
              "org.cryows.planner..",
              "org.cryows.probecontrol..",
              "org.cryows.samples..")
          .because("imaging is the bottom layer")
          .allowEmptyShould(true);

  /**
   * The treatment vocabulary (gas, freeze protocol, console capabilities, tip physics) is what the
   * plan and the console share, so it depends on neither of them nor on anything else of ours.
   */
  static final ArchRule TREATMENT_VOCABULARY_STANDS_ALONE =
      noClasses()
          .that()
          .resideInAPackage("org.cryows.treatment..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cryows.imaging..",
              "org.cryows.planner..",
              "org.cryows.probecontrol..",
              "org.cryows.samples..")
          .because("the treatment vocabulary is shared by planner and probe-control")
          .allowEmptyShould(true);

  static final ArchRule PLANNER_DOES_NOT_DRIVE_THE_CONSOLE =
      noClasses()
          .that()
          .resideInAPackage("org.cryows.planner..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cryows.probecontrol..", "org.cryows.samples..")
          .because("planner and probe-control depend only on imaging and the treatment vocabulary")
          .allowEmptyShould(true);

  static final ArchRule CONSOLE_DOES_NOT_PLAN =
      noClasses()
          .that()
          .resideInAPackage("org.cryows.probecontrol..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cryows.planner..", "org.cryows.samples..")
          .because("planner and probe-control depend only on imaging and the treatment vocabulary")
          .allowEmptyShould(true);

  static final ArchRule JAVAFX_ONLY_IN_UI =
      noClasses()
          .that()
          .resideOutsideOfPackage(UI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("javafx appears only in ui")
          .allowEmptyShould(true);

  static final ArchRule DICOM_LIBRARIES_ONLY_IN_IMAGING_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(IMAGING_ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.pixelmed..", "gdcm..")
          .because("PixelMed and GDCM stay behind imaging's adapter package")
          .allowEmptyShould(true);

  static final ArchRule VTK_ONLY_IN_UI_3D_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(VTK_ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vtk..")
          .because("VTK stays behind ui's 3D adapter")
          .allowEmptyShould(true);

  static final ArchRule SERIAL_LIBRARY_ONLY_IN_SERIAL_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(SERIAL_ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fazecast..")
          .because("jSerialComm stays behind probe-control's serial adapter")
          .allowEmptyShould(true);

  static final String VIEW_MODELS = "org.cryows.ui..model..";

  /** UI.md: view-models are plain Java, so a headless test can drive everything a user can do. */
  static final ArchRule VIEW_MODELS_ARE_PLAIN_JAVA =
      noClasses()
          .that()
          .resideInAPackage(VIEW_MODELS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("view-models (org.cryows.ui.<workspace>.model) are plain Java, tested headless")
          .allowEmptyShould(true);

  /** Views depend on view-models, never the other way. */
  static final ArchRule VIEW_MODELS_DO_NOT_KNOW_VIEWS =
      noClasses()
          .that()
          .resideInAPackage(VIEW_MODELS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cryows.ui..view..", "org.cryows.ui.fx..", "org.cryows.ui.app..")
          .because("views depend on view-models, never the other way")
          .allowEmptyShould(true);

  static final List<ArchRule> ALL =
      List.of(
          NO_MODULE_DEPENDS_ON_UI,
          IMAGING_IS_THE_BASE,
          TREATMENT_VOCABULARY_STANDS_ALONE,
          PLANNER_DOES_NOT_DRIVE_THE_CONSOLE,
          CONSOLE_DOES_NOT_PLAN,
          JAVAFX_ONLY_IN_UI,
          DICOM_LIBRARIES_ONLY_IN_IMAGING_ADAPTER,
          VTK_ONLY_IN_UI_3D_ADAPTER,
          SERIAL_LIBRARY_ONLY_IN_SERIAL_ADAPTER,
          VIEW_MODELS_ARE_PLAIN_JAVA,
          VIEW_MODELS_DO_NOT_KNOW_VIEWS);
}
