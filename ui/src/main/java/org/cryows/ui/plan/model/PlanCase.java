package org.cryows.ui.plan.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.PatientIdentity;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.Side;

/**
 * What a plan is made on, and what the plan takes from it: an ultrasound image in its image frame
 * ({@link CaseImage}) or a CT or MR series in the patient frame ({@link CaseSeries}). The plan's
 * file is PLAN.json beside the images.
 */
public sealed interface PlanCase permits CaseImage, CaseSeries {

  /** The plan's file name beside its images. */
  String PLAN_FILE = "PLAN.json";

  /** PLAN.json beside the images. */
  Path planFile();

  /** The frame of a new plan made while frame {@code frameNumber} (from 1) is shown. */
  PlanFrame frame(int frameNumber);

  PatientIdentity patient();

  /** The images a new plan names, with the identity they carry now. */
  List<NamedImage> named();

  /** The side the images say (Image Laterality L or R), if they say one. */
  Optional<Side> side();

  /** Whether {@code plan} (read from {@link #planFile()}) was made on these images. */
  boolean holds(Plan plan);

  /**
   * Which way is out (of the body for the skin, of the bone for a bone surface when {@code bone})
   * for a plane marked through {@code point_Plan} with normal {@code normal_Plan}: the normal or
   * its opposite.
   */
  Vector3 outward(Vector3 point_Plan, Vector3 normal_Plan, boolean bone);

  /** What the plan is made on, for the window: "cine.dcm", "CT series of 120 images". */
  String describe();
}
