package org.cryows.ui.browser.model;

/**
 * How far a load has come: what it is doing and how many of the files found so far it has read.
 *
 * @param filesTotal 0 while the number is not known yet (a DICOMDIR is read as a whole)
 */
public record LoadProgress(String phase, int filesRead, int filesTotal) {

  public LoadProgress {
    if (filesRead < 0 || filesTotal < 0) {
      throw new IllegalArgumentException("file counts are not negative");
    }
  }

  /** 0..1, or -1 when the total is not known. */
  public double fraction() {
    return filesTotal == 0 ? -1 : Math.min(1, (double) filesRead / filesTotal);
  }

  public String describe() {
    return filesTotal == 0 ? phase : phase + ": " + filesRead + " of " + filesTotal + " files";
  }
}
