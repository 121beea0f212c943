package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The outline of several closed contours of one isotherm in one plane, each from its own source (a
 * probe's lone ice, a target's answer): the parts of each contour that lie inside another are left
 * out, so overlapping ice balls are drawn as the one region of ice they make. Inside is decided by
 * the even-odd rule on the other contour's segments (their order does not matter).
 */
final class ContourUnion {

  private ContourUnion() {}

  /** A segment of a contour in the plane's own coordinates, mm. */
  record Segment(double x0, double y0, double x1, double y1) {}

  /** Each source's segments that lie inside no other source's contour, in the sources' order. */
  static List<List<Segment>> outline(List<List<Segment>> sources) {
    if (sources.size() < 2) {
      return sources;
    }
    List<List<Segment>> kept = new ArrayList<>();
    for (int s = 0; s < sources.size(); s++) {
      List<Segment> own = new ArrayList<>();
      for (Segment segment : sources.get(s)) {
        double x = (segment.x0() + segment.x1()) / 2;
        double y = (segment.y0() + segment.y1()) / 2;
        boolean covered = false;
        for (int o = 0; o < sources.size() && !covered; o++) {
          covered = o != s && inside(sources.get(o), x, y);
        }
        if (!covered) {
          own.add(segment);
        }
      }
      kept.add(own);
    }
    return kept;
  }

  /** Whether (x, y) lies inside the closed contour the segments make (even-odd rule). */
  static boolean inside(List<Segment> contour, double x, double y) {
    boolean in = false;
    for (Segment s : contour) {
      if ((s.y0() > y) != (s.y1() > y)) {
        double crossX = s.x0() + (y - s.y0()) * (s.x1() - s.x0()) / (s.y1() - s.y0());
        if (crossX > x) {
          in = !in;
        }
      }
    }
    return in;
  }
}
