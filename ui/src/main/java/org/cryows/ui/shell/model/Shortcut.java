package org.cryows.ui.shell.model;

/**
 * One line of the shortcut sheet.
 *
 * @param comingWith empty when the shortcut works now; otherwise what brings it
 */
public record Shortcut(String keys, String action, String comingWith) {
  public boolean works() {
    return comingWith.isEmpty();
  }
}
