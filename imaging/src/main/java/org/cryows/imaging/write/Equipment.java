package org.cryows.imaging.write;

import java.util.Objects;

/** The General Equipment module (PS3.3 C.7.5.1): what made the object. */
public record Equipment(String manufacturer, String modelName, String softwareVersions) {
  public Equipment {
    Objects.requireNonNull(manufacturer, "manufacturer");
    modelName = modelName == null ? "" : modelName;
    softwareVersions = softwareVersions == null ? "" : softwareVersions;
  }
}
