package org.cryows.ui.browser.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cryows.imaging.source.DicomTree;

/**
 * What the study browser shows at one moment.
 *
 * @param tree the last tree loaded, null before the first load finished
 * @param source the paths that tree came from
 * @param loading the load under way, null when none
 * @param outcome one sentence on the last load (what it found, or that it was cancelled or failed)
 * @param previews each series' thumbnail, by Series Instance UID
 */
public record BrowserSnapshot(
    long version,
    DicomTree tree,
    List<Path> source,
    LoadProgress loading,
    String outcome,
    Map<String, SeriesPreview> previews) {

  public BrowserSnapshot {
    source = List.copyOf(source);
    previews = Map.copyOf(previews);
  }

  public boolean isLoading() {
    return loading != null;
  }

  /** Nothing pending: no load under way and every thumbnail made or refused. */
  public boolean settled() {
    return loading == null
        && previews.values().stream().noneMatch(p -> p instanceof SeriesPreview.Pending);
  }
}
