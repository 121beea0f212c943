package org.cryows.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the samples: the product version and the generator's own number. The samples are
 * the same bytes for one version on every machine; a folder stamped with another version is made
 * again. Bump {@link #GENERATOR} whenever the generator's output changes (a test holds the digest
 * of the output for each generator number and says so).
 *
 * @param product the product version (the build's project version)
 * @param generator the generator's output version
 */
public record SampleVersion(String product, int generator) {
  /** The generator's output version. */
  public static final int GENERATOR = 3;

  private static final String RESOURCE = "samples-version.properties";

  public static SampleVersion current() {
    var properties = new Properties();
    try (InputStream in = SampleVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + SampleVersion.class);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new SampleVersion(properties.getProperty("product", "unknown"), GENERATOR);
  }

  /** e.g. {@code samples 1, cryo 0.1.0} */
  public String label() {
    return "samples " + generator + ", cryo " + product;
  }
}
