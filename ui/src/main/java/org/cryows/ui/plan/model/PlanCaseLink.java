package org.cryows.ui.plan.model;

import java.util.Optional;
import org.cryows.imaging.dataset.Tags;
import org.cryows.ui.viewer.model.ImageCalibration;
import org.cryows.ui.viewer.model.OpenedImage;
import org.cryows.ui.viewer.model.ViewerModel;

/**
 * Keeps the plan on the image the 2-D viewer shows: an ultrasound image with a region calibrated in
 * mm opens its case (its PLAN.json when one lies beside it); any other image closes it. The frame
 * shown is the one a new plan is made on.
 */
public final class PlanCaseLink {
  private final ViewerModel viewer;
  private final PlanEditor editor;
  private OpenedImage shown;
  private int shownFrame = -1;

  public PlanCaseLink(ViewerModel viewer, PlanEditor editor) {
    this.viewer = viewer;
    this.editor = editor;
    viewer.addListener(this::update);
  }

  private void update() {
    Optional<OpenedImage> opened = viewer.openedImage();
    int frame = viewer.snapshot().frame() + 1;
    OpenedImage image = opened.orElse(null);
    synchronized (this) {
      if (image == shown && frame == shownFrame) {
        return;
      }
      boolean sameImage = image == shown;
      shown = image;
      shownFrame = frame;
      if (sameImage) {
        editor.showFrame(frame);
        return;
      }
    }
    if (image == null || !(image.calibration() instanceof ImageCalibration.Regions regions)) {
      editor.closeCase();
      return;
    }
    var caseImage = CaseImage.of(image.file(), image.header(), regions.calibratedRegions());
    if (caseImage.isEmpty()) {
      editor.closeCase();
      return;
    }
    editor.setBodyPart(image.header().string(Tags.BODY_PART_EXAMINED).orElse(""));
    editor.openCase(caseImage.get(), frame);
  }
}
