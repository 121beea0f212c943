package org.cryows.ui.viewer.view;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.cryows.ui.fx.FxFrames;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.viewer.model.CineStatus;
import org.cryows.ui.viewer.model.DrawnMeasurement;
import org.cryows.ui.viewer.model.PointerButton;
import org.cryows.ui.viewer.model.RenderKey;
import org.cryows.ui.viewer.model.ViewerModel;
import org.cryows.ui.viewer.model.ViewerSnapshot;
import org.cryows.ui.viewer.model.ViewerState;

/**
 * The 2-D viewer on screen: its toolbar, the image with its measurements and corner texts, and the
 * list of measurements and problems below. It draws {@link ViewerSnapshot}s and turns mouse
 * gestures into view-model commands; while a cine plays an {@link AnimationTimer} asks the
 * view-model for the frame due at each screen refresh.
 */
public final class ImageViewerView {

  /** The longest line of a corner text, in characters (about 420 px at 14 px). */
  private static final int CORNER_CHARS = 52;

  /** Above this magnification pixels are drawn as squares rather than interpolated. */
  private static final double SMOOTH_UP_TO = 3;

  /**
   * Height of the measurement and problem list under the image. Fixed, so that a measurement
   * appearing never resizes (and so re-fits) the image while it is being drawn.
   */
  private static final double NOTES_HEIGHT = 76;

  private static final String DRAWING = "Drawing: ";

  private final ViewerModel viewer;
  private final BorderPane root = new BorderPane();
  private final Pane imageLayer = new Pane();
  private final ImageView imageView = new ImageView();
  private final MeasurementOverlay overlay = new MeasurementOverlay();
  private final Label topLeft = cornerLabel("viewer-series");
  private final Label topRight = cornerLabel("viewer-frame");
  private final Label bottomLeft = cornerLabel("viewer-window");
  private final Label bottomRight = cornerLabel("viewer-calibration");
  private final Label message = new Label();
  private final CornerTexts corners;
  private final VBox notes = new VBox(2);
  private final ViewerToolbar toolbar;
  private final AnimationTimer cineTimer;
  private boolean timerRunning;
  private WritableImage image;
  private RenderKey drawnKey;
  private long drawnVersion = -1;
  private long firstFrameNanos;
  private long framesDrawn;
  private List<String> drawnNotes = List.of();

  public ImageViewerView(ViewerModel viewer) {
    this.viewer = viewer;
    this.toolbar = new ViewerToolbar(viewer);
    imageView.setSmooth(true);
    imageView.setPreserveRatio(false);
    imageView.setId("viewer-image");
    imageLayer.getChildren().addAll(imageView, overlay.canvas());
    imageLayer.getStyleClass().add("viewer-image-layer");
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(imageLayer.widthProperty());
    clip.heightProperty().bind(imageLayer.heightProperty());
    imageLayer.setClip(clip);
    imageLayer.setMinSize(200, 150);
    imageLayer.widthProperty().addListener((o, a, b) -> resized());
    imageLayer.heightProperty().addListener((o, a, b) -> resized());

    message.setId("viewer-message");
    message.getStyleClass().add("viewer-message");
    message.setWrapText(true);
    message.setMaxWidth(560);
    message.setMouseTransparent(true);

    corners = new CornerTexts(topLeft, topRight, bottomLeft, bottomRight, message, 8);
    StackPane viewport = new StackPane(imageLayer, corners);
    viewport.getStyleClass().add("viewer-viewport");

    notes.setId("viewer-notes");
    notes.getStyleClass().add("viewer-notes");
    notes.setPadding(new Insets(4, 8, 4, 8));

    javafx.scene.control.ScrollPane notesScroll = new javafx.scene.control.ScrollPane(notes);
    notesScroll.setFitToWidth(true);
    notesScroll.setPrefHeight(NOTES_HEIGHT);
    notesScroll.setMinHeight(NOTES_HEIGHT);
    notesScroll.setMaxHeight(NOTES_HEIGHT);
    notesScroll.getStyleClass().add("viewer-notes-scroll");
    root.setTop(toolbar.node());
    root.setCenter(viewport);
    root.setBottom(notesScroll);
    root.getStyleClass().add("viewer");

    installMouse();
    cineTimer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            viewer.tick();
            redraw();
          }
        };
    viewer.addListener(new FxRefresh(this::redraw));
    redraw();
  }

  public Region node() {
    return root;
  }

  /**
   * The layer the image is drawn in, for a later layer's drawing and gestures over it (the Plan
   * workspace's marks and probes): its coordinates are the viewer's viewport.
   */
  public Pane imageLayer() {
    return imageLayer;
  }

  /** The frame the screen shows now (null when none), for the settle check and the tests. */
  public RenderKey drawnKey() {
    return drawnKey;
  }

  /** Whether the latest snapshot of the view-model is what is drawn. */
  public boolean upToDate() {
    return drawnVersion == viewer.snapshot().version();
  }

  /** How many times a new frame was put on screen since the view was made. */
  public long framesDrawn() {
    return framesDrawn;
  }

  /**
   * Where the corner texts of the image's bottom edge begin, in the image layer's px from its top
   * (NaN before they are laid out): a plan's legend stays above them.
   */
  public ReadOnlyDoubleProperty bottomTextsTop() {
    return corners.bottomTextsTop();
  }

  /** System.nanoTime() when the first image frame was drawn, 0 before. */
  public long firstFrameNanos() {
    return firstFrameNanos;
  }

  private static Label cornerLabel(String id) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add("viewer-corner");
    label.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    if (id.equals("viewer-frame") || id.equals("viewer-calibration")) {
      label.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
    }
    return label;
  }

  /** Sets a corner's text, its long lines broken between words at {@value #CORNER_CHARS}. */
  private static void setCorner(Label label, String text) {
    String wrapped = wrapWords(text, CORNER_CHARS);
    if (!wrapped.equals(label.getText())) {
      label.setText(wrapped);
    }
  }

  /** Breaks lines longer than {@code width} characters at spaces. */
  static String wrapWords(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int column = 0;
      for (String word : line.split(" ")) {
        if (column > 0 && column + 1 + word.length() > width) {
          out.append('\n');
          column = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
    }
    return out.toString();
  }

  private void resized() {
    overlay.canvas().setWidth(imageLayer.getWidth());
    overlay.canvas().setHeight(imageLayer.getHeight());
    viewer.resizeViewport(imageLayer.getWidth(), imageLayer.getHeight());
  }

  private void installMouse() {
    imageLayer.addEventHandler(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          imageLayer.requestFocus();
          viewer.press(button(e.getButton()), e.getX(), e.getY(), e.getClickCount());
        });
    imageLayer.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> viewer.drag(e.getX(), e.getY()));
    imageLayer.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> viewer.release(e.getX(), e.getY()));
    imageLayer.addEventHandler(MouseEvent.MOUSE_MOVED, e -> viewer.move(e.getX(), e.getY()));
    imageLayer.addEventHandler(
        ScrollEvent.SCROLL,
        e -> {
          if (e.getDeltaY() != 0) {
            viewer.scroll(Math.signum(e.getDeltaY()), e.getX(), e.getY(), e.isControlDown());
          }
        });
  }

  private static PointerButton button(MouseButton button) {
    return switch (button) {
      case SECONDARY -> PointerButton.SECONDARY;
      case MIDDLE -> PointerButton.MIDDLE;
      default -> PointerButton.PRIMARY;
    };
  }

  private void redraw() {
    ViewerSnapshot s = viewer.snapshot();
    if (s.version() == drawnVersion) {
      return;
    }
    drawnVersion = s.version();
    toolbar.update(s);
    drawImage(s);
    overlay.drawIfChanged(s);
    drawTexts(s);
    drawNotes(s);
    runTimer(s.cine().playing());
  }

  private void runTimer(boolean playing) {
    if (playing && !timerRunning) {
      cineTimer.start();
      timerRunning = true;
    } else if (!playing && timerRunning) {
      cineTimer.stop();
      timerRunning = false;
    }
  }

  private void drawImage(ViewerSnapshot s) {
    boolean show = s.displayed() != null && s.transform() != null && s.frameProblem().isEmpty();
    imageView.setVisible(show);
    if (!show) {
      drawnKey = null;
      return;
    }
    if (!s.displayed().key().equals(drawnKey) || imageView.getImage() == null) {
      image = FxFrames.write(s.displayed(), image);
      imageView.setImage(image);
      drawnKey = s.displayed().key();
      framesDrawn++;
      if (firstFrameNanos == 0) {
        firstFrameNanos = System.nanoTime();
      }
    }
    var t = s.transform();
    imageView.setLayoutX(t.offsetX());
    imageView.setLayoutY(t.offsetY());
    double width = s.displayed().columns() * t.scaleX();
    double height = s.displayed().rows() * t.scaleY();
    imageView.setFitWidth(width);
    imageView.setFitHeight(height);
    // A frame rendered at its screen size is drawn one to one. Otherwise (zoomed far in, or while
    // the frame for a new size is rendered) the renderer scales it: smooth when a pixel covers a
    // few screen pixels, beyond that the pixels as they are.
    boolean oneToOne = s.displayed().width() == width && s.displayed().height() == height;
    imageView.setSmooth(!oneToOne && t.scaleX() <= SMOOTH_UP_TO);
  }

  private void drawTexts(ViewerSnapshot s) {
    boolean showing = s.state() == ViewerState.SHOWING;
    String text = s.message();
    if (showing && !s.frameProblem().isEmpty()) {
      text = "Frame " + (s.frame() + 1) + " cannot be shown: " + s.frameProblem();
    }
    message.setText(text);
    message.setVisible(!text.isEmpty());
    message.getStyleClass().removeAll("viewer-message-problem");
    if (s.state() == ViewerState.FAILED || (showing && !s.frameProblem().isEmpty())) {
      message.getStyleClass().add("viewer-message-problem");
    }
    setCorner(topLeft, s.file() == null ? "" : s.stackLabel() + "\n" + s.file().getFileName());
    topLeft.setVisible(s.file() != null);
    setCorner(topRight, showing ? positionText(s) + cineText(s.cine()) : "");
    topRight.setVisible(showing);
    String window =
        s.window().applicable() ? "W/L " + s.window().current() : "Colour image: no window";
    setCorner(
        bottomLeft,
        showing ? window + String.format(Locale.ROOT, "\nZoom %.0f%%", zoomPercent(s)) : "");
    bottomLeft.setVisible(showing);
    setCorner(bottomRight, showing ? s.calibration() : "");
    bottomRight.setVisible(showing);
  }

  private static double zoomPercent(ViewerSnapshot s) {
    if (s.transform() == null) {
      return 100 * s.zoom();
    }
    return 100 * s.transform().scaleX();
  }

  private static String positionText(ViewerSnapshot s) {
    if (s.frames() > 1) {
      return "Frame " + (s.frame() + 1) + " / " + s.frames();
    }
    return "Image " + (s.position() + 1) + " / " + s.positions();
  }

  private static String cineText(CineStatus c) {
    if (!c.playable()) {
      return "";
    }
    String state = c.playing() ? "Playing" : "Paused";
    return String.format(
        Locale.ROOT,
        "\n%.1f frames/s (%s)\n%s at %sx%s · dropped %d",
        c.framesPerSecond(),
        c.timing(),
        state,
        ViewerToolbar.speedText(c.speed()),
        c.loop() ? " · loop" : "",
        c.droppedFrames());
  }

  private void drawNotes(ViewerSnapshot s) {
    List<String> texts = new java.util.ArrayList<>();
    s.measurements().forEach(m -> texts.add(m.description()));
    if (s.inProgress() != null && s.inProgress().value() != null) {
      texts.add(DRAWING + s.inProgress().description());
    }
    if (s.state() != ViewerState.FAILED) {
      texts.addAll(s.problems()); // a failed image says why in the middle of the viewer
    }
    if (texts.equals(drawnNotes)) {
      return;
    }
    drawnNotes = texts;
    List<Label> lines = new java.util.ArrayList<>();
    for (DrawnMeasurement m : s.measurements()) {
      Label line = new Label(m.description());
      line.getStyleClass()
          .add(
              m.value() != null && m.value().calibrated()
                  ? "measurement-line"
                  : "measurement-line-uncalibrated");
      line.setWrapText(true);
      lines.add(line);
    }
    if (s.inProgress() != null && s.inProgress().value() != null) {
      Label line = new Label(DRAWING + s.inProgress().description());
      line.getStyleClass().add("measurement-line");
      line.setWrapText(true);
      lines.add(line);
    }
    for (String problem : s.state() == ViewerState.FAILED ? List.<String>of() : s.problems()) {
      Label line = new Label(problem);
      line.getStyleClass().add("viewer-problem");
      line.setWrapText(true);
      lines.add(line);
    }
    if (lines.isEmpty()) {
      Label none =
          new Label(
              s.state() == ViewerState.SHOWING
                  ? "No measurements on this image. Tools: Distance, Area."
                  : "");
      none.getStyleClass().add("viewer-notes-empty");
      lines.add(none);
    }
    notes.getChildren().setAll(lines);
  }
}
