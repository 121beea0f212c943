package org.cryows.imaging.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.cryows.imaging.adapter.DicomHeaders;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.Series;
import org.cryows.imaging.ultrasound.CineTimings;
import org.cryows.imaging.ultrasound.RegionSummary;
import org.cryows.imaging.ultrasound.UltrasoundRegions;
import org.cryows.imaging.volume.SeriesAnalyzer;
import org.cryows.imaging.volume.SeriesGeometry;

/**
 * Turns files and series into the {@code info} command's JSON lines. Every failure of one file
 * becomes that file's {@code error}; nothing here stops the report of the next file.
 */
final class ImageInfoReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExecutorService decoders;

  /** Headers of the files described so far, so a series line does not read them again. */
  private final Map<Path, DicomDataset> headersRead = new ConcurrentHashMap<>();

  ImageInfoReader(ExecutorService decoders) {
    this.decoders = decoders;
  }

  /** The line of one file: what it is, and whether every frame decodes. */
  ObjectNode describeFile(Path file) {
    ObjectNode line = JSON.createObjectNode();
    line.put("path", file.toString());
    try {
      DicomImage image = DicomImages.open(file);
      headersRead.put(file, image.header());
      DicomDataset header = image.header();
      line.put("sopClassUid", header.string(Tags.SOP_CLASS_UID).orElse(null));
      line.put("modality", header.string(Tags.MODALITY).orElse(null));
      line.put("transferSyntaxUid", header.string(Tags.TRANSFER_SYNTAX_UID).orElse(null));
      line.put("rows", image.description().rows());
      line.put("columns", image.description().columns());
      line.put("frames", image.frames().frameCount());
      line.put("photometric", image.description().photometric());
      line.put("bitsStored", image.description().bitsStored());
      line.set("frameTimeMs", number(CineTimings.read(header).frameTimeMsOrNull()));
      line.set("regions", regions(header));
      line.set("pixelSpacingMm", pixelSpacing(header));
      FrameCheck check = checkFrames(image);
      line.put("decoded", check.badFrames().isEmpty());
      check.firstError().ifPresent(reason -> line.put("decodeError", reason));
      line.put("framesDecoded", check.decoded());
      ArrayNode bad = line.putArray("badFrames");
      check.badFrames().forEach(run -> bad.add(run.toJson()));
      ArrayNode warnings = line.putArray("warnings");
      image.problems().stream()
          .filter(p -> p.severity() == ImageProblem.Severity.WARNING)
          .forEach(p -> warnings.add(p.text()));
      return line;
    } catch (DicomReadException e) {
      return error(file, e.reason());
    } catch (DicomAttributeException | IllegalArgumentException e) {
      return error(file, withoutPath(file, e.getMessage()));
    }
  }

  /** One line per series found under a folder or in a DICOMDIR: its volume geometry. */
  List<ObjectNode> describeSeries(DicomTree tree) {
    List<ObjectNode> lines = new ArrayList<>();
    tree.series().forEach(series -> lines.add(describeSeries(series)));
    return lines;
  }

  private ObjectNode describeSeries(Series series) {
    ObjectNode line = JSON.createObjectNode();
    line.put("series", series.seriesInstanceUid());
    List<DicomDataset> headers = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Instance instance : series.instances()) {
      try {
        DicomDataset known = headersRead.get(instance.path());
        headers.add(known != null ? known : DicomHeaders.read(instance.path()));
      } catch (DicomReadException e) {
        unreadable.add(e.getMessage());
      }
    }
    int frames = series.instances().stream().mapToInt(Instance::frames).sum();
    line.put("slices", frames);
    line.putNull("spacingMm");
    line.putNull("orientation");
    ArrayNode problems = line.putArray("problems");
    unreadable.forEach(problems::add);
    if (headers.isEmpty()) {
      problems.add("no readable file in the series: refused");
      return line;
    }
    try {
      SeriesGeometry geometry = SeriesAnalyzer.analyzeHeaders(headers);
      line.put("slices", geometry.slices());
      line.set("spacingMm", numbers(geometry.spacingMm()));
      line.set("orientation", numbers(geometry.orientation()));
      geometry.problemTexts().forEach(problems::add);
      if (geometry.refused()) {
        line.put("volume", "refused");
      } else {
        line.put("volume", geometry.decision().name().toLowerCase(java.util.Locale.ROOT));
      }
    } catch (DicomAttributeException | IllegalArgumentException e) {
      problems.add("not a volume: " + e.getMessage());
      line.put("volume", "refused");
    }
    return line;
  }

  ObjectNode error(Path file, String reason) {
    ObjectNode line = JSON.createObjectNode();
    line.put("path", file.toString());
    line.put("error", reason);
    return line;
  }

  /**
   * Frames {@code first} to {@code last} (from 1) that cannot be shown, for one reason: missing
   * from the file (a run), or failing to decode (one frame).
   */
  private record BadFrames(int first, int last, String reason) {
    ObjectNode toJson() {
      ObjectNode node = JSON.createObjectNode();
      node.put("first", first);
      node.put("last", last);
      node.put("reason", reason);
      return node;
    }
  }

  /** What decoding every present frame gave: how many decoded, and the bad ones in frame order. */
  private record FrameCheck(int decoded, List<BadFrames> badFrames, Optional<String> firstError) {}

  /**
   * Decodes every frame present in the file, several at a time; frames already known bad (missing
   * from it, or without a decoder) are taken from the image's problems, without decoding. The first
   * error, in frame order, is worded as the frame source words it.
   */
  private FrameCheck checkFrames(DicomImage image) {
    List<ImageProblem> frameErrors =
        image.problems().stream()
            .filter(p -> p.severity() == ImageProblem.Severity.ERROR && p.frameNumber().isPresent())
            .toList();
    // Frames already known bad (missing, no decoder) are reported, not decoded.
    List<Integer> present =
        image.presentFrames().stream()
            .filter(f -> frameErrors.stream().noneMatch(p -> p.concernsFrame(f + 1)))
            .toList();
    List<Future<Optional<String>>> results = new ArrayList<>(present.size());
    for (int frame : present) {
      results.add(decoders.submit(() -> decodeOne(image, frame)));
    }
    Map<Integer, BadFrames> bad = new TreeMap<>();
    Map<Integer, String> errors = new TreeMap<>();
    for (ImageProblem problem : frameErrors) {
      int first = problem.frameNumber().getAsInt();
      bad.put(first, new BadFrames(first, problem.lastFrameNumber().getAsInt(), problem.message()));
      errors.put(first, "frame " + first + " of " + image.frameCount() + ": " + problem.message());
    }
    int decoded = 0;
    for (int k = 0; k < present.size(); k++) {
      int number = present.get(k) + 1;
      Optional<String> failure;
      try {
        failure = results.get(k).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = Optional.of("interrupted while decoding");
      } catch (ExecutionException e) {
        failure = Optional.of("decoder failed: " + e.getCause());
      }
      if (failure.isEmpty()) {
        decoded++;
      } else {
        bad.put(number, new BadFrames(number, number, failure.get()));
        errors.put(number, failure.get());
      }
    }
    return new FrameCheck(decoded, List.copyOf(bad.values()), errors.values().stream().findFirst());
  }

  private static Optional<String> decodeOne(DicomImage image, int frame) {
    try {
      image.frames().frame(frame);
      return Optional.empty();
    } catch (DicomReadException e) {
      return Optional.of(e.reason());
    }
  }

  private static JsonNode regions(DicomDataset header) {
    ArrayNode regions = JSON.createArrayNode();
    UltrasoundRegions.read(header).stream()
        .map(RegionSummary::of)
        .forEach(region -> regions.add(JSON.valueToTree(region)));
    return regions;
  }

  /**
   * [column, row] spacing in mm: Pixel Spacing, or for an enhanced image the first frame's Pixel
   * Measures (per-frame before shared).
   */
  private static JsonNode pixelSpacing(DicomDataset header) {
    Optional<double[]> spacing = rowThenColumnSpacing(header);
    for (var groups :
        List.of(
            Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE)) {
      if (spacing.isPresent()) {
        break;
      }
      List<DicomDataset> items = header.sequence(groups);
      if (!items.isEmpty()) {
        spacing =
            items.get(0).sequence(Tags.PIXEL_MEASURES_SEQUENCE).stream()
                .findFirst()
                .flatMap(ImageInfoReader::rowThenColumnSpacing);
      }
    }
    return spacing.map(rc -> numbers(new double[] {rc[1], rc[0]})).orElse(JSON.nullNode());
  }

  private static Optional<double[]> rowThenColumnSpacing(DicomDataset data) {
    double[] spacing = data.decimals(Tags.PIXEL_SPACING);
    return spacing.length == 2 ? Optional.of(spacing) : Optional.empty();
  }

  private static JsonNode number(Double value) {
    return value == null ? JSON.nullNode() : JSON.getNodeFactory().numberNode(value);
  }

  private static JsonNode numbers(double[] values) {
    ArrayNode array = JSON.createArrayNode();
    for (double value : values) {
      array.add(value);
    }
    return array;
  }

  private static String withoutPath(Path file, String message) {
    String prefix = file + ": ";
    return message != null && message.startsWith(prefix)
        ? message.substring(prefix.length())
        : message;
  }
}
