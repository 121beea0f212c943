package org.cryows.imaging.pixels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.junit.jupiter.api.Test;

class DisplayConverterTest {

  @Test
  void windowLevel_followsThePs3LinearFunction() {
    // C = 40, W = 400: below 40 - 0.5 - 199.5 = -160 is black, above 239.5 white.
    assertEquals(0, DisplayConverter.windowLevel(-160, 40, 400));
    assertEquals(255, DisplayConverter.windowLevel(240, 40, 400));
    // x = 40: ((40 - 39.5) / 399 + 0.5) * 255 = 127.82
    assertEquals(128, DisplayConverter.windowLevel(40, 40, 400));
    // x = 0: ((0 - 39.5) / 399 + 0.5) * 255 = 102.26
    assertEquals(102, DisplayConverter.windowLevel(0, 40, 400));
    // width 1 is a threshold at the center
    assertEquals(0, DisplayConverter.windowLevel(9, 10, 1));
    assertEquals(255, DisplayConverter.windowLevel(10, 10, 1));
  }

  @Test
  void render_ctAppliesRescaleThenTheFirstPreset() {
    PixelDescription d = PixelDescription.of(PixelDescriptionTest.ct().build(), null);
    // stored 532 -> 2 x 532 - 1024 = 40 HU, stored 0 -> -1024 HU, stored 700 -> 376 HU
    int[] stored = new int[12];
    stored[0] = 532;
    stored[1] = 0;
    stored[2] = 700;
    Frame frame = new Frame(4, 3, 1, "MONOCHROME2", 12, true, stored);
    DisplayImage image = DisplayConverter.render(frame, d);
    assertEquals(128, image.value(0, 0, 0));
    assertEquals(0, image.value(0, 1, 0));
    assertEquals(255, image.value(0, 2, 0));
    // the bone window: 40 HU -> ((40 - 299.5) / 1499 + 0.5) * 255 = 83.36
    assertEquals(83, DisplayConverter.render(frame, d, new VoiChoice.Preset(1)).value(0, 0, 0));
  }

  @Test
  void render_monochrome1IsInverted() {
    PixelDescription d =
        PixelDescription.of(
            PixelDescriptionTest.ct().put(Tags.PHOTOMETRIC_INTERPRETATION, "MONOCHROME1").build(),
            null);
    int[] stored = new int[12];
    stored[0] = 532;
    Frame frame = new Frame(4, 3, 1, "MONOCHROME1", 12, true, stored);
    assertEquals(255 - 128, DisplayConverter.render(frame, d).value(0, 0, 0));
  }

  @Test
  void render_minMaxSpansTheFrame() {
    PixelDescription d =
        PixelDescription.of(
            InMemoryDataset.builder("mr")
                .put(Tags.ROWS, 1)
                .put(Tags.COLUMNS, 3)
                .put(Tags.SAMPLES_PER_PIXEL, 1)
                .put(Tags.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2")
                .put(Tags.BITS_ALLOCATED, 16)
                .put(Tags.BITS_STORED, 16)
                .build(),
            null);
    Frame frame = new Frame(1, 3, 1, "MONOCHROME2", 16, false, new int[] {100, 150, 200});
    DisplayImage image = DisplayConverter.render(frame, d);
    assertEquals(0, image.value(0, 0, 0));
    assertEquals(128, image.value(0, 1, 0)); // 127.5 rounds up
    assertEquals(255, image.value(0, 2, 0));
  }

  @Test
  void window_minMaxIsTheWindowFromTheFramesMinimumToItsMaximum() {
    PixelDescription d =
        PixelDescription.of(
            StoredSamplesTest.header(1, 4, 1, 16, 12, 11, 1, 0, "MONOCHROME2")
                .put(Tags.RESCALE_SLOPE, 2.0)
                .put(Tags.RESCALE_INTERCEPT, -100.0)
                .build(),
            null);
    Frame frame = new Frame(1, 4, 1, "MONOCHROME2", 12, true, new int[] {-50, 0, 25, 150});
    ModalityImage values = ModalityImage.of(frame, d);
    // Modality values -200, -100, -50, 200: black at -200, white at 200.
    VoiChoice.Window computed = new VoiChoice.Window(0.5, 401);
    assertEquals(
        java.util.Optional.of(computed), DisplayConverter.window(values, new VoiChoice.MinMax()));
    DisplayImage shown = DisplayConverter.render(frame, d, new VoiChoice.MinMax());
    assertEquals(shown, DisplayConverter.render(frame, d, computed), "one window, one result");
    assertEquals(0, shown.value(0, 0, 0));
    assertEquals(255, shown.value(0, 3, 0));
    assertEquals(Math.round(150 / 400.0 * 255), shown.value(0, 2, 0));
    assertEquals(java.util.Optional.empty(), DisplayConverter.window(values, new VoiChoice.Lut()));
  }

  @Test
  void render_voiLutMapsModalityValues() {
    var item =
        InMemoryDataset.builder("item")
            .put(Tags.LUT_DESCRIPTOR, 3, 0, 16)
            .put(Tags.LUT_DATA, 0, 4096, 65535)
            .build();
    PixelDescription d =
        PixelDescription.of(
            PixelDescriptionTest.ct()
                .put(Tags.RESCALE_SLOPE, 1.0)
                .put(Tags.RESCALE_INTERCEPT, 0.0)
                .putSequence(Tags.VOILUT_SEQUENCE, java.util.List.of(item))
                .build(),
            null);
    int[] stored = new int[12];
    stored[0] = 1;
    stored[1] = 9;
    Frame frame = new Frame(4, 3, 1, "MONOCHROME2", 12, true, stored);
    DisplayImage image = DisplayConverter.render(frame, d, new VoiChoice.Lut());
    assertEquals(16, image.value(0, 0, 0)); // 4096 >> 8
    assertEquals(255, image.value(0, 1, 0));
  }

  @Test
  void render_paletteLooksUpEachChannel() {
    PixelDescription d =
        PixelDescription.of(
            PixelDescriptionTest.palette()
                .put(Tags.RED_PALETTE_COLOR_LOOKUP_TABLE_DATA, 0, 32768, 65535)
                .put(Tags.GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA, 65535, 0, 0)
                .put(Tags.BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA, 256, 512, 768)
                .build(),
            null);
    Frame frame = new Frame(2, 2, 1, "PALETTE COLOR", 8, false, new int[] {10, 11, 12, 0});
    DisplayImage image = DisplayConverter.render(frame, d);
    assertEquals(0, image.value(0, 0, 0));
    assertEquals(255, image.value(0, 0, 1));
    assertEquals(1, image.value(0, 0, 2));
    assertEquals(128, image.value(0, 1, 0));
    assertEquals(3, image.value(1, 0, 2));
    assertEquals(255, image.value(1, 1, 1)); // 0 is below the first mapped 10: first entry
  }

  @Test
  void render_ybrFullBecomesRgb() {
    PixelDescription d = rgbDescription("YBR_FULL");
    // Y 100, Cb 128, Cr 228: R = 100 + 1.402 x 100 = 240.2, G = 100 - 0.714136 x 100 = 28.59,
    // B = 100
    Frame frame = new Frame(1, 1, 3, "YBR_FULL", 8, false, new int[] {100, 128, 228});
    DisplayImage image = DisplayConverter.render(frame, d);
    assertEquals(240, image.value(0, 0, 0));
    assertEquals(29, image.value(0, 0, 1));
    assertEquals(100, image.value(0, 0, 2));
  }

  @Test
  void render_ybrRctIsTheReversibleTransform() {
    // R 200, G 100, B 50: Y = floor((200 + 200 + 50) / 4) = 112, Cb = B - G = -50 -> 78,
    // Cr = R - G = 100 -> 228
    Frame frame = new Frame(1, 1, 3, "YBR_RCT", 8, false, new int[] {112, 78, 228});
    DisplayImage image = DisplayConverter.render(frame, rgbDescription("YBR_RCT"));
    assertEquals(200, image.value(0, 0, 0));
    assertEquals(100, image.value(0, 0, 1));
    assertEquals(50, image.value(0, 0, 2));
  }

  @Test
  void render_ybrIctUsesTheIrreversibleCoefficients() {
    // Y 100, Cb 78 (-50), Cr 128: R = 100, G = 100 + 0.34413 x 50 = 117.2, B = 100 - 88.6 = 11.4
    Frame frame = new Frame(1, 1, 3, "YBR_ICT", 8, false, new int[] {100, 78, 128});
    DisplayImage image = DisplayConverter.render(frame, rgbDescription("YBR_ICT"));
    assertEquals(100, image.value(0, 0, 0));
    assertEquals(117, image.value(0, 0, 1));
    assertEquals(11, image.value(0, 0, 2));
  }

  @Test
  void render_rgbAlreadyConvertedByTheCodecIsLeftAlone() {
    // The header says YBR_FULL_422, the frame says RGB: the frame wins.
    Frame frame = new Frame(1, 1, 3, "RGB", 8, false, new int[] {1, 2, 3});
    DisplayImage image = DisplayConverter.render(frame, rgbDescription("YBR_FULL_422"));
    assertEquals(1, image.value(0, 0, 0));
    assertEquals(3, image.value(0, 0, 2));
  }

  private static PixelDescription rgbDescription(String photometric) {
    return PixelDescription.of(
        InMemoryDataset.builder("color")
            .put(Tags.ROWS, 1)
            .put(Tags.COLUMNS, 1)
            .put(Tags.SAMPLES_PER_PIXEL, 3)
            .put(Tags.PHOTOMETRIC_INTERPRETATION, photometric)
            .put(Tags.BITS_ALLOCATED, 8)
            .put(Tags.BITS_STORED, 8)
            .build(),
        null);
  }
}
