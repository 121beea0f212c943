package org.cryows.ui.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The product version and the versions of the libraries it was built against. */
public final class ProductVersions implements IVersionProvider {
  private static final String RESOURCE = "/cryo-versions.properties";

  /** Library keys in the order they are printed, with where each comes from. */
  private static final List<String[]> LIBRARIES =
      List.of(
          new String[] {"javafx", "JavaFX", "Maven Central"},
          new String[] {"vtk", "VTK", "Debian libvtk9-java"},
          new String[] {"pixelmed", "PixelMed", "Debian libpixelmed-java"},
          new String[] {"pixelmed-imageio", "PixelMed ImageIO", "Debian libpixelmed-imageio-java"},
          new String[] {"gdcm", "GDCM", "Debian libgdcm-java"},
          new String[] {"jai-imageio-jpeg2000", "JAI ImageIO JPEG 2000", "Maven Central"},
          new String[] {"jserialcomm", "jSerialComm", "Maven Central"},
          new String[] {"commons-math3", "Commons Math", "Maven Central"},
          new String[] {"jackson", "Jackson", "Maven Central"},
          new String[] {"picocli", "picocli", "Maven Central"},
          new String[] {"slf4j", "SLF4J", "Maven Central"},
          new String[] {"logback", "Logback", "Maven Central"});

  private final Properties versions = load();

  public String product() {
    return versions.getProperty("product", "unknown");
  }

  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>();
    lines.add("cryo workstation " + product());
    lines.add(
        String.format(
            "  %-22s %s (%s)",
            "Java", System.getProperty("java.runtime.version"), System.getProperty("java.vendor")));
    for (String[] library : LIBRARIES) {
      lines.add(
          String.format(
              "  %-22s %s (%s)",
              library[1], versions.getProperty(library[0], "unknown"), library[2]));
    }
    return lines.toArray(String[]::new);
  }

  private static Properties load() {
    var properties = new Properties();
    try (InputStream in = ProductVersions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return properties;
  }
}
