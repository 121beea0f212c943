package org.cryows.ui.planes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.source.Series;
import org.cryows.imaging.volume.ReslicePlane;
import org.cryows.imaging.volume.Reslicer;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.samples.SampleLibrary;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.model.Eventually;
import org.cryows.ui.planes.model.PlaneViewport.ScreenPoint;
import org.cryows.ui.planes.model.PlanesSnapshot.State;
import org.cryows.ui.viewer.model.PointerButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plane views without a window, on real series: the shared prostate MR (20 slices tilted by
 * about 10 degrees), the shared enhanced CT (stored with the patient's right to the image's right),
 * the samples' CT knee phantom (120 axial slices), a refused enhanced MR.
 */
class PlanesModelTest {

  private final PlaneRenderer renderer = new PlaneRenderer();
  private final PlanesModel planes = new PlanesModel(Runnable::run, new VolumeLoader(2), renderer);

  @AfterEach
  void tearDown() {
    renderer.close();
  }

  private static Series series(Path path) {
    return new DicomLoader().load(path).series().findFirst().orElseThrow();
  }

  private PlanesSnapshot showSized(Path path) {
    planes.show(series(path));
    for (PlaneKind kind : PlaneKind.values()) {
      planes.resize(kind, 400, 320);
    }
    return settled();
  }

  private PlanesSnapshot settled() {
    Eventually.await(
        "the plane views rendered",
        Duration.ofSeconds(30),
        planes::settled,
        () -> planes.snapshot().toString());
    return planes.snapshot();
  }

  @Test
  void tiltedProstateMr_axialViewShowsTheAcquiredSlices() {
    PlanesSnapshot s = showSized(SharedTestData.dicom("mr/prostate_adc_20slices"));
    assertEquals(State.SHOWN, s.state(), s.message());
    LoadedVolume loaded = planes.loaded().orElseThrow();
    assertEquals(PlaneKind.AXIAL, loaded.frames().nativeView());
    PlaneViewSnapshot axial = s.view(PlaneKind.AXIAL);
    assertTrue(axial.nativeSlices());
    assertTrue(axial.title().equals("Axial · as acquired, 10° tilt"), axial.title());
    // Every screen pixel of the axial view lies on one acquired slice: its slice index is whole.
    ReslicePlane plane = axial.viewport().reslicePlane();
    VolumeGrid grid = loaded.grid();
    double k = grid.index(plane.point_Patient(0, 0)).z();
    assertEquals(Math.rint(k), k, 1e-6, "on a slice");
    for (int r = 0; r < plane.rows(); r += 37) {
      for (int c = 0; c < plane.columns(); c += 41) {
        assertEquals(k, grid.index(plane.point_Patient(c, r)).z(), 1e-6, "pixel " + c + "," + r);
      }
    }
    // The tilt shows in the letters: down the screen is posterior and a little superior.
    assertEquals(new PlaneFrame.EdgeLabels("R", "L", "AI", "PS"), axial.labels());
    assertEquals("Slice 11 / 20", axial.position());
    // The other two follow the volume's axes and keep their names.
    assertFalse(s.view(PlaneKind.CORONAL).nativeSlices());
    assertEquals("S", s.view(PlaneKind.CORONAL).labels().top().substring(0, 1));
    assertEquals("A", s.view(PlaneKind.SAGITTAL).labels().left().substring(0, 1));
    assertEquals("P", s.view(PlaneKind.SAGITTAL).labels().right().substring(0, 1));
  }

  @Test
  void prostateMr_pixelUnderTheCrosshairIsTheSamePatientPointInEveryView() {
    showSized(SharedTestData.dicom("mr/prostate_adc_20slices"));
    // Move the crosshair off the centre first, by a click in the coronal view.
    PlanesSnapshot before = planes.snapshot();
    ScreenPoint c = before.view(PlaneKind.CORONAL).crosshair();
    planes.press(PlaneKind.CORONAL, PointerButton.PRIMARY, c.x() + 37, c.y() - 23, 1);
    planes.release(c.x() + 37, c.y() - 23);
    PlanesSnapshot s = settled();
    assertNotEquals(before.crosshair_Patient(), s.crosshair_Patient());
    assertCrosshairConsistent(s);
  }

  @Test
  void kneeCt_crosshairConsistentAfterScrollingAndTurningTheObliquePlane() throws Exception {
    PlanesSnapshot s = showSized(SampleLibrary.forTests().resolve("ct-knee"));
    LoadedVolume loaded = planes.loaded().orElseThrow();
    assertEquals(
        "CT 320 x 320 x 120 voxels of 0.50 x 0.50 x 1.00 mm, as acquired", loaded.description());
    assertEquals(PlaneKind.AXIAL, loaded.frames().nativeView());
    assertEquals("Axial · as acquired", s.view(PlaneKind.AXIAL).title());
    assertEquals(new PlaneFrame.EdgeLabels("R", "L", "A", "P"), s.view(PlaneKind.AXIAL).labels());
    assertEquals(new PlaneFrame.EdgeLabels("R", "L", "S", "I"), s.view(PlaneKind.CORONAL).labels());
    assertEquals(
        new PlaneFrame.EdgeLabels("A", "P", "S", "I"), s.view(PlaneKind.SAGITTAL).labels());
    // The knee's own windows first, and the series' soft-tissue window in use.
    assertTrue(
        s.windowOptions().get(0).startsWith("SOFT TISSUE (C 60 W 500)"),
        s.windowOptions().toString());
    assertTrue(s.windowOptions().contains("CT bone (C 400 W 1800)"));
    assertEquals(0, s.windowSelected());

    Vector3 start = planes.crosshairIndex();
    planes.activate(PlaneKind.AXIAL);
    planes.step(3); // into the screen: towards the head
    Vector3 moved = planes.crosshairIndex();
    Vector3 startPoint = loaded.grid().point(start);
    Vector3 movedPoint = loaded.grid().point(moved);
    assertEquals(3.0, movedPoint.z() - startPoint.z(), 1e-6, "three 1 mm slices up");
    planes.rotateOblique(20);
    planes.scroll(PlaneKind.OBLIQUE, -2, 200, 160, false);
    assertNotEquals(moved, planes.crosshairIndex(), "the oblique view's wheel moves its plane");
    assertCrosshairConsistent(settled());
  }

  /** For every view: the pixel under the crosshair shows the crosshair's voxel. */
  private void assertCrosshairConsistent(PlanesSnapshot s) {
    LoadedVolume loaded = planes.loaded().orElseThrow();
    Vector3 index = planes.crosshairIndex();
    Vector3 voxel_Patient = loaded.volume().imageToPatient().apply(index.x(), index.y(), index.z());
    assertEquals(voxel_Patient, s.crosshair_Patient());
    Reslicer reslicer = new Reslicer(loaded.volume(), Float.NaN);
    double voxelValue = loaded.volume().value((int) index.x(), (int) index.y(), (int) index.z());
    List<Vector3> underCrosshair = new ArrayList<>();
    for (PlaneKind kind : PlaneKind.values()) {
      PlaneViewSnapshot view = s.view(kind);
      PlaneViewport viewport = view.viewport();
      assertEquals(0, viewport.depthMm(voxel_Patient), 1e-6, kind + " passes through the voxel");
      ScreenPoint at = view.crosshair();
      assertEquals(0, viewport.patientAt(at.x(), at.y()).minus(voxel_Patient).length(), 1e-6);
      int px = (int) Math.floor(at.x());
      int py = (int) Math.floor(at.y());
      ReslicePlane plane = viewport.reslicePlane();
      Vector3 pixel = plane.point_Patient(px, py);
      double halfDiagonal = viewport.mmPerPixel() * Math.sqrt(0.5);
      assertTrue(
          pixel.minus(voxel_Patient).length() <= halfDiagonal + 1e-9,
          kind
              + ": pixel centre "
              + pixel
              + " is "
              + pixel.minus(voxel_Patient).length()
              + " mm from the crosshair voxel "
              + voxel_Patient);
      underCrosshair.add(pixel);
      // The picture there is the volume's value there (interpolated within the pixel).
      float shown = reslicer.reslice(plane).value(px, py);
      double interpolated =
          loaded
              .volume()
              .interpolate(
                  loaded.grid().index(pixel).x(),
                  loaded.grid().index(pixel).y(),
                  loaded.grid().index(pixel).z(),
                  Double.NaN);
      assertEquals(interpolated, shown, 1e-3, kind + " value at the crosshair pixel");
      assertTrue(Double.isFinite(voxelValue));
      assertTrue(view.imageCurrent(), kind + " picture current");
    }
    for (Vector3 a : underCrosshair) {
      for (Vector3 b : underCrosshair) {
        assertTrue(a.minus(b).length() < 2 * loaded.grid().finestSpacingMm(), a + " vs " + b);
      }
    }
  }

  @Test
  void enhancedCtStoredMirrored_axialStillHasThePatientsLeftOnTheRight() {
    PlanesSnapshot s = showSized(SharedTestData.dicom("ct/eCT_Supplemental_enhancedCT_2frame.dcm"));
    assertEquals(State.SHOWN, s.state(), s.message());
    LoadedVolume loaded = planes.loaded().orElseThrow();
    assertEquals(-1, loaded.grid().axis(0).x(), 1e-9, "the file's rows run to the patient's right");
    PlaneViewSnapshot axial = s.view(PlaneKind.AXIAL);
    assertTrue(axial.nativeSlices());
    assertEquals(new PlaneFrame.EdgeLabels("R", "L", "A", "P"), axial.labels());
    assertEquals(1, axial.viewport().frame().right().x(), 1e-9);
  }

  @Test
  void clickInCoronal_movesTheAxialSlice_andTheWheelSteps() {
    PlanesSnapshot s = showSized(SharedTestData.dicom("mr/prostate_adc_20slices"));
    ScreenPoint c = s.view(PlaneKind.CORONAL).crosshair();
    String before = s.view(PlaneKind.AXIAL).position();
    // Up the coronal screen is superior: the axial slice moves up.
    double mm = s.view(PlaneKind.CORONAL).viewport().mmPerPixel();
    planes.press(PlaneKind.CORONAL, PointerButton.PRIMARY, c.x(), c.y() - 9.5 / mm, 1);
    planes.release(c.x(), c.y() - 9.5 / mm);
    String after = planes.snapshot().view(PlaneKind.AXIAL).position();
    assertEquals("Slice 11 / 20", before);
    assertEquals("Slice 14 / 20", after, "9.5 mm up over 3 mm slices");
    planes.scroll(PlaneKind.AXIAL, -1, 10, 10, false); // towards the user: next slice
    assertEquals("Slice 15 / 20", planes.snapshot().view(PlaneKind.AXIAL).position());
    for (int i = 0; i < 30; i++) {
      planes.step(PlaneKind.AXIAL, 1);
    }
    assertEquals("Slice 20 / 20", planes.snapshot().view(PlaneKind.AXIAL).position(), "stops");
  }

  @Test
  void obliqueHandle_dragTurnsThePlaneAboutTheViewsNormal() throws Exception {
    PlanesSnapshot s = showSized(SampleLibrary.forTests().resolve("ct-knee"));
    PlaneViewSnapshot axial = s.view(PlaneKind.AXIAL);
    assertEquals("30° from axial", s.view(PlaneKind.OBLIQUE).position());
    // The knee's axial view is the patient's: the oblique line runs left-right across it.
    CrosshairLine line =
        axial.lines().stream().filter(l -> l.of() == PlaneKind.OBLIQUE).findFirst().orElseThrow();
    assertEquals(2, line.handles().size());
    ScreenPoint handle = line.handles().get(0);
    ScreenPoint c = axial.crosshair();
    double radius = Math.hypot(handle.x() - c.x(), handle.y() - c.y());
    double start = Math.atan2(handle.y() - c.y(), handle.x() - c.x());
    double turned = start + Math.toRadians(40);
    planes.press(PlaneKind.AXIAL, PointerButton.PRIMARY, handle.x(), handle.y(), 1);
    planes.drag(c.x() + radius * Math.cos(turned), c.y() + radius * Math.sin(turned));
    planes.release(c.x() + radius * Math.cos(turned), c.y() + radius * Math.sin(turned));
    assertEquals(c, planes.snapshot().view(PlaneKind.AXIAL).crosshair(), "the crosshair stays");
    CrosshairLine after =
        planes.snapshot().view(PlaneKind.AXIAL).lines().stream()
            .filter(l -> l.of() == PlaneKind.OBLIQUE)
            .findFirst()
            .orElseThrow();
    ScreenPoint h = after.handles().get(0);
    double angle = Math.atan2(h.y() - c.y(), h.x() - c.x());
    assertEquals(0, Math.IEEEremainder(angle - turned, Math.PI), 1e-6, "the line follows");
    // Turning about the axial normal keeps the tilt from axial.
    assertEquals("30° from axial", planes.snapshot().view(PlaneKind.OBLIQUE).position());
    planes.activate(PlaneKind.OBLIQUE);
    planes.rotateOblique(PlanesModel.OBLIQUE_KEY_DEGREES);
    assertEquals("25° from axial", planes.snapshot().view(PlaneKind.OBLIQUE).position());
  }

  @Test
  void refusedSeries_saysWhyAndShowsNoPlanes() {
    planes.show(series(SharedTestData.dicom("mr/MOVEKNEE_enhancedMR_knee_19frames.dcm")));
    PlanesSnapshot s = planes.snapshot();
    assertEquals(State.FAILED, s.state());
    assertTrue(s.message().contains("share a position"), s.message());
    assertNull(s.crosshair_Patient());
    assertTrue(s.settled());
  }

  @Test
  void enhancedMrWithoutPlaneOrientation_isRefusedNamingTheAttribute() {
    // pydicom's small enhanced MR: ten frames, no Plane Orientation / Position at all.
    planes.show(series(SharedTestData.dicom("mr/emri_small.dcm")));
    PlanesSnapshot s = planes.snapshot();
    assertEquals(State.FAILED, s.state());
    assertTrue(s.message().startsWith("No planes for "), s.message());
    assertTrue(s.message().contains("(0020,0037)"), s.message());
  }

  @Test
  void candidate_onlyCtAndMrOfTwoSlicesOrMore() {
    assertTrue(SeriesVolumes.candidate(series(SharedTestData.dicom("mr/prostate_adc_20slices"))));
    assertFalse(SeriesVolumes.candidate(series(SharedTestData.dicom("ct/CT_small_128.dcm"))));
    assertFalse(
        SeriesVolumes.candidate(
            series(SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm"))));
  }

  @Test
  void pointerTool_takesPressesInPatientCoordinates() {
    PlanesSnapshot s = showSized(SharedTestData.dicom("mr/prostate_adc_20slices"));
    List<Vector3> pressed = new ArrayList<>();
    planes.setPointerTool(
        new PatientPointerTool() {
          @Override
          public boolean press(PlaneKind view, Vector3 p, PointerButton b, int clicks) {
            pressed.add(p);
            return true;
          }

          @Override
          public void drag(PlaneKind view, Vector3 p) {
            pressed.add(p);
          }

          @Override
          public void release(PlaneKind view, Vector3 p) {}
        });
    Vector3 crosshair = s.crosshair_Patient();
    PlaneViewport sagittal = s.view(PlaneKind.SAGITTAL).viewport();
    planes.press(PlaneKind.SAGITTAL, PointerButton.PRIMARY, 100, 120, 1);
    planes.drag(110, 130);
    planes.release(110, 130);
    assertEquals(sagittal.patientAt(100, 120), pressed.get(0));
    assertEquals(sagittal.patientAt(110, 130), pressed.get(1));
    assertEquals(crosshair, planes.snapshot().crosshair_Patient(), "the tool took the gesture");
  }

  @Test
  void windowDrag_changesTheWindowAndTheMenuSaysSo() {
    showSized(SharedTestData.dicom("mr/prostate_adc_20slices"));
    String before = planes.snapshot().windowText();
    planes.press(PlaneKind.AXIAL, PointerButton.SECONDARY, 100, 100, 1);
    planes.drag(160, 130);
    planes.release(160, 130);
    PlanesSnapshot s = settled();
    assertNotEquals(before, s.windowText());
    assertEquals(-1, s.windowSelected());
    planes.chooseWindow(0);
    assertEquals(before, planes.snapshot().windowText());
    Volume volume = planes.loaded().orElseThrow().volume();
    assertTrue(volume.display().windows().size() >= 1);
  }
}
