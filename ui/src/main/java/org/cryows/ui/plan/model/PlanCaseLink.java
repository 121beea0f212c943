package org.cryows.ui.plan.model;

import java.util.Optional;
import org.cryows.imaging.dataset.Tags;
import org.cryows.ui.planes.model.LoadedVolume;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.planes.model.PlanesSnapshot;
import org.cryows.ui.viewer.model.ImageCalibration;
import org.cryows.ui.viewer.model.OpenedImage;
import org.cryows.ui.viewer.model.ViewerModel;

/**
 * Keeps the plan on what is shown: a CT or MR volume in the planes opens its series' case (in the
 * patient frame, whether the planes or the series' images are on screen); otherwise an ultrasound
 * image with a region calibrated in mm in the 2-D viewer opens its case; anything else closes it. A
 * case's PLAN.json is loaded when one lies beside its images. For an ultrasound image the frame
 * shown is the one a new plan is made on.
 */
public final class PlanCaseLink {
  private final ViewerModel viewer;
  private final PlanesModel planes;
  private final PlanEditor editor;
  private OpenedImage shown;
  private int shownFrame = -1;
  private LoadedVolume shownVolume;

  /** Ultrasound only: no volume is ever planned on. */
  public PlanCaseLink(ViewerModel viewer, PlanEditor editor) {
    this(viewer, null, editor);
  }

  public PlanCaseLink(ViewerModel viewer, PlanesModel planes, PlanEditor editor) {
    this.viewer = viewer;
    this.planes = planes;
    this.editor = editor;
    viewer.addListener(this::update);
    if (planes != null) {
      planes.addListener(this::update);
    }
  }

  private void update() {
    LoadedVolume volume =
        planes != null && planes.state() == PlanesSnapshot.State.SHOWN
            ? planes.loaded().orElse(null)
            : null;
    Optional<OpenedImage> opened = viewer.openedImage();
    int frame = viewer.snapshot().frame() + 1;
    OpenedImage image = opened.orElse(null);
    synchronized (this) {
      if (volume == shownVolume && image == shown && frame == shownFrame) {
        return;
      }
      boolean sameCase = volume == shownVolume && (volume != null || image == shown);
      shownVolume = volume;
      shown = image;
      shownFrame = frame;
      if (sameCase) {
        if (volume == null) {
          editor.showFrame(frame);
        }
        return;
      }
    }
    if (volume != null) {
      openSeries(volume);
      return;
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

  private void openSeries(LoadedVolume volume) {
    Optional<CaseSeries> series = CaseSeries.of(volume);
    if (series.isEmpty()) {
      editor.closeCase();
      return;
    }
    editor.setBodyPart(series.get().bodyPart());
    editor.openCase(series.get(), 1);
  }
}
