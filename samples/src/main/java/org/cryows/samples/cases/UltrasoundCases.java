package org.cryows.samples.cases;

import java.util.List;
import org.cryows.samples.SamplePatient;
import org.cryows.samples.ultrasound.CineSpec;
import org.cryows.samples.ultrasound.ScannerSettings;

/**
 * The bundled ultrasound cases. Each cine has 50 frames at 40 ms (2 s at 25 frames a second), a
 * probe sweeping 1.5 mm either way and back, and arteries pulsing a whole number of beats.
 */
public final class UltrasoundCases {
  static final int FRAMES = 50;
  static final double FRAME_TIME_MS = 40;
  static final double SWEEP_MM = 1.5;

  private UltrasoundCases() {}

  public static List<UltrasoundCase> all() {
    ScannerSettings knee = ScannerSettings.linearProbe(15, 0.65);
    return List.of(
        new UltrasoundCase(
            "knee-smgn",
            "Right knee, superior medial genicular nerve (SMGN) beside its artery at the femoral"
                + " shaft-medial epicondyle junction; coronal, proximal on the left",
            SamplePatient.KNEE,
            1,
            "SMGN view, right knee (synthetic)",
            "KNEE",
            "SMALL PARTS",
            KneeViews.smgn(18.5),
            knee,
            new CineSpec(FRAMES, FRAME_TIME_MS, 60, SWEEP_MM, 0, 1201)),
        new UltrasoundCase(
            "knee-slgn",
            "Right knee, superior lateral genicular nerve (SLGN) beside its artery at the femoral"
                + " shaft-lateral epicondyle junction, under the iliotibial band; coronal, proximal"
                + " on the left",
            SamplePatient.KNEE,
            2,
            "SLGN view, right knee (synthetic)",
            "KNEE",
            "SMALL PARTS",
            KneeViews.slgn(19.5),
            knee,
            new CineSpec(FRAMES, FRAME_TIME_MS, 60, SWEEP_MM, 0, 1202)),
        new UltrasoundCase(
            "knee-imgn",
            "Right knee, inferior medial genicular nerve (IMGN) beside its artery at the tibial"
                + " shaft-medial condyle junction, deep to the medial collateral ligament; coronal,"
                + " proximal on the left",
            SamplePatient.KNEE,
            3,
            "IMGN view, right knee (synthetic)",
            "KNEE",
            "SMALL PARTS",
            KneeViews.imgn(14),
            knee,
            new CineSpec(FRAMES, FRAME_TIME_MS, 60, SWEEP_MM, 0, 1203)),
        new UltrasoundCase(
            "intercostal",
            "Right chest wall, 6th intercostal space: two ribs with their shadows, the pleural line"
                + " and A-lines, the intercostal vein, artery and nerve under the upper rib;"
                + " sagittal, cranial on the left",
            SamplePatient.INTERCOSTAL,
            1,
            "Intercostal T6 view, right (synthetic)",
            "CHEST",
            "CHEST",
            IntercostalView.scene("ICN-T6-R"),
            ScannerSettings.linearProbe(15, 0.65),
            new CineSpec(FRAMES, FRAME_TIME_MS, 90, SWEEP_MM, 1.0, 2201)),
        new UltrasoundCase(
            "occipital",
            "Right greater occipital nerve (GON) at C2 on the obliquus capitis inferior, deep to"
                + " semispinalis capitis, the occipital artery lateral to it; medial on the left",
            SamplePatient.OCCIPITAL,
            1,
            "GON view at C2, right (synthetic)",
            "NECK",
            "SMALL PARTS",
            OccipitalView.scene("GON"),
            ScannerSettings.linearProbe(20, 0.7),
            new CineSpec(FRAMES, FRAME_TIME_MS, 60, SWEEP_MM, 0, 3201)));
  }
}
