package org.cryows.planner.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example plans under src/test/resources/plans, as text and as values. */
public final class ExamplePlans {

  public static final String KNEE = "knee-smgn-left.json";
  public static final String ULTRASOUND = "us-intercostal-right.json";

  /** On the synthetic knee cine that {@code ./cryo samples} writes (knee-smgn/cine.dcm). */
  public static final String SAMPLE_KNEE = "us-knee-smgn-sample.json";

  private ExamplePlans() {}

  public static String text(String name) {
    try (InputStream in = ExamplePlans.class.getResourceAsStream("/plans/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no example plan " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Plan plan(String name) {
    return PlanJson.read(text(name));
  }
}
