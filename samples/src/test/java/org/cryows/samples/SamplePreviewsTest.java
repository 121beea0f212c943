package org.cryows.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.pixels.DisplayConverter;
import org.cryows.imaging.pixels.DisplayImage;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.volume.ReslicePlane;
import org.cryows.imaging.volume.Reslicer;
import org.cryows.imaging.volume.SliceSource;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.samples.ct.CtKneeSeries;
import org.junit.jupiter.api.Test;

/**
 * Pictures of the generated samples for people to look at, as the workstation shows them (its
 * reader and display conversion): frames 1 and 26 of each cine, and the CT phantom's axial slices
 * at the genicular arteries' levels and its coronal and sagittal reslices, in {@code
 * samples/target/sample-previews}. The test checks that each picture was made and is not blank.
 */
class SamplePreviewsTest {
  static final Path PREVIEWS = Path.of("target", "sample-previews");

  @Test
  void previews_ofEveryCineAndTheCtPhantom() throws Exception {
    Files.createDirectories(PREVIEWS);
    Path folder = GeneratedSamples.folder();
    List<Path> written = new ArrayList<>();
    for (String name : List.of("knee-smgn", "knee-slgn", "knee-imgn", "intercostal", "occipital")) {
      DicomImage cine = DicomImages.open(folder.resolve(name).resolve("cine.dcm"));
      for (int frame : new int[] {1, 26}) {
        DisplayImage shown =
            DisplayConverter.render(cine.frames().frame(frame - 1), cine.description());
        written.add(write(shown, name + "-frame" + frame));
      }
    }
    List<SliceSource> sources = new ArrayList<>();
    for (int i = 1; i <= CtKneeSeries.SLICES; i++) {
      DicomImage slice =
          DicomImages.open(folder.resolve("ct-knee").resolve(CtKneeSeries.fileName(i)));
      sources.add(new SliceSource(slice.header(), slice.frames(), 0));
    }
    Volume volume = new VolumeLoader(2).load(sources);
    var reslicer = new Reslicer(volume, -1024);
    double joint = CtKneeSeries.KNEE_ORIGIN_PATIENT.z();
    // Above the joint at the superior genicular arteries, at the joint line, below it at the
    // inferior medial genicular artery.
    for (double above : new double[] {25, 10, 0, -12, -40}) {
      var plane = ReslicePlane.axial(volume, joint + above);
      written.add(
          write(
              DisplayConverter.render(reslicer.reslice(plane), new VoiChoice.Preset(0)),
              "ct-axial-" + (above >= 0 ? "plus" : "minus") + (int) Math.abs(above) + "mm"));
    }
    var knee = CtKneeSeries.KNEE_ORIGIN_PATIENT;
    written.add(
        write(
            DisplayConverter.render(
                reslicer.reslice(ReslicePlane.coronal(volume, knee.y() + 6)),
                new VoiChoice.Preset(1)),
            "ct-coronal-bone"));
    written.add(
        write(
            DisplayConverter.render(
                reslicer.reslice(ReslicePlane.sagittal(volume, knee.x() + 20)),
                new VoiChoice.Preset(0)),
            "ct-sagittal-medial"));
    assertEquals(17, written.size());
    for (Path png : written) {
      BufferedImage image = ImageIO.read(png.toFile());
      assertTrue(distinctGreys(image) >= 50, png + " looks blank");
    }
  }

  private static Path write(DisplayImage shown, String name) throws IOException {
    var image = new BufferedImage(shown.width(), shown.height(), BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setDataElements(0, 0, shown.width(), shown.height(), shown.pixels());
    Path png = PREVIEWS.resolve(name + ".png");
    ImageIO.write(image, "png", png.toFile());
    return png;
  }

  private static int distinctGreys(BufferedImage image) {
    Set<Integer> greys = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        greys.add(image.getRaster().getSample(x, y, 0));
      }
    }
    return greys.size();
  }
}
