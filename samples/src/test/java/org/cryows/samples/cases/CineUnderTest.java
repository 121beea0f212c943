package org.cryows.samples.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiPredicate;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.pixels.Frame;

/**
 * A generated case read back as a user of it would: the cine through the workstation's DICOM
 * reader, the truth from its JSON, and the grey levels the truth's millimetres point at, through
 * the region calibration the truth states.
 */
final class CineUnderTest {
  final String name;
  final DicomImage image;
  final JsonNode truth;
  final int minX0;
  final int minY0;
  final double mmPerPixelX;
  final double mmPerPixelY;
  private final Frame[] frames;

  CineUnderTest(Path caseFolder) throws IOException {
    this.name = caseFolder.getFileName().toString();
    this.truth = new ObjectMapper().readTree(caseFolder.resolve("truth.json").toFile());
    this.image = DicomImages.open(caseFolder.resolve(truth.get("image").get("file").asText()));
    JsonNode region = truth.get("region");
    this.minX0 = region.get("minX0").asInt();
    this.minY0 = region.get("minY0").asInt();
    this.mmPerPixelX = region.get("physicalDeltaXCm").asDouble() * 10;
    this.mmPerPixelY = region.get("physicalDeltaYCm").asDouble() * 10;
    this.frames = new Frame[image.frameCount()];
  }

  JsonNode frameTruth(int frame) {
    return truth.get("frames").get(frame - 1);
  }

  Frame frame(int frame) throws IOException {
    if (frames[frame - 1] == null) {
      frames[frame - 1] = image.frames().frame(frame - 1);
    }
    return frames[frame - 1];
  }

  int column(double xMm) {
    return minX0 + (int) Math.round(xMm / mmPerPixelX);
  }

  int row(double yMm) {
    return minY0 + (int) Math.round(yMm / mmPerPixelY);
  }

  int regionColumns() {
    return truth.get("region").get("maxX1").asInt() - minX0 + 1;
  }

  int regionRows() {
    return truth.get("region").get("maxY1").asInt() - minY0 + 1;
  }

  /**
   * The mean grey over the region's pixels whose image-frame point (mm) satisfies {@code where};
   * NaN when there is none.
   */
  double mean(int frame, BiPredicate<Double, Double> where) throws IOException {
    Frame f = frame(frame);
    double sum = 0;
    int n = 0;
    for (int r = 0; r < regionRows(); r++) {
      double y = r * mmPerPixelY;
      for (int c = 0; c < regionColumns(); c++) {
        double x = c * mmPerPixelX;
        if (where.test(x, y)) {
          sum += f.sample(minY0 + r, minX0 + c, 0);
          n++;
        }
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Inside the ellipse with centre and half axes in mm, scaled by {@code scale}. */
  static BiPredicate<Double, Double> ellipse(
      double cx, double cy, double halfWidth, double halfHeight, double scale) {
    return (x, y) -> {
      double dx = (x - cx) / (halfWidth * scale);
      double dy = (y - cy) / (halfHeight * scale);
      return dx * dx + dy * dy <= 1;
    };
  }

  /** Is the point inside any vessel's outer wall in this frame (grown by {@code marginMm})? */
  boolean inVessel(int frame, double x, double y, double marginMm) {
    for (JsonNode v : frameTruth(frame).get("vessels")) {
      double r = v.get("outerDiameterMm").asDouble() / 2 + marginMm;
      if (Math.hypot(
              x - v.get("centreMm").get(0).asDouble(), y - v.get("centreMm").get(1).asDouble())
          <= r) {
        return true;
      }
    }
    return false;
  }

  /** The depth of the shallowest bone surface at {@code x} in this frame, or +infinity. */
  double boneDepth(int frame, double x) {
    double best = Double.POSITIVE_INFINITY;
    for (JsonNode bone : frameTruth(frame).get("bones")) {
      best = Math.min(best, interpolate(bone.get("surfaceMm"), x));
    }
    return best;
  }

  /** The y of a polyline of (x, y) points at {@code x}; +infinity outside it. */
  static double interpolate(JsonNode points, double x) {
    for (int i = 0; i + 1 < points.size(); i++) {
      double x0 = points.get(i).get(0).asDouble();
      double x1 = points.get(i + 1).get(0).asDouble();
      if (x >= x0 && x <= x1) {
        double t = x1 == x0 ? 0 : (x - x0) / (x1 - x0);
        double y0 = points.get(i).get(1).asDouble();
        double y1 = points.get(i + 1).get(1).asDouble();
        return y0 + t * (y1 - y0);
      }
    }
    return Double.POSITIVE_INFINITY;
  }
}
