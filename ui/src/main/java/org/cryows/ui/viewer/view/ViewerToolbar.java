package org.cryows.ui.viewer.view;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.cryows.ui.viewer.model.CinePlayer;
import org.cryows.ui.viewer.model.CineStatus;
import org.cryows.ui.viewer.model.Tool;
import org.cryows.ui.viewer.model.ViewerModel;
import org.cryows.ui.viewer.model.ViewerSnapshot;
import org.cryows.ui.viewer.model.ViewerState;
import org.cryows.ui.viewer.model.WindowStatus;

/** The viewer's controls: cine, window presets, the mouse tool, fit and clear. */
final class ViewerToolbar {
  static final List<Double> SPEEDS =
      List.of(CinePlayer.MIN_SPEED, 0.5, 1.0, 2.0, CinePlayer.MAX_SPEED);

  private final ViewerModel viewer;
  private final FlowPane bar = new FlowPane(6, 6);
  private final Button previous = new Button("Previous");
  private final Button play = new Button("Play");
  private final Button next = new Button("Next");
  private final CheckBox loop = new CheckBox("Loop");
  private final ComboBox<String> speed = new ComboBox<>();
  private final ComboBox<String> window = new ComboBox<>();
  private final ToggleGroup tools = new ToggleGroup();
  private final Button fit = new Button("Fit");
  private final Button clear = new Button("Clear");
  private boolean updating;
  private List<String> windowOptions = List.of();

  ViewerToolbar(ViewerModel viewer) {
    this.viewer = viewer;
    previous.setId("cine-previous");
    play.setId("cine-play");
    next.setId("cine-next");
    loop.setId("cine-loop");
    speed.setId("cine-speed");
    window.setId("window-presets");
    fit.setId("viewer-fit");
    clear.setId("measurements-clear");
    previous.setOnAction(e -> viewer.step(-1));
    next.setOnAction(e -> viewer.step(1));
    play.setOnAction(e -> viewer.togglePlay());
    loop.setOnAction(
        e -> {
          if (!updating) {
            viewer.setLoop(loop.isSelected());
          }
        });
    for (double s : SPEEDS) {
      speed.getItems().add(speedText(s) + "x");
    }
    speed.setOnAction(
        e -> {
          int i = speed.getSelectionModel().getSelectedIndex();
          if (!updating && i >= 0) {
            viewer.setSpeed(SPEEDS.get(i));
          }
        });
    speed.setTooltip(new Tooltip("Playback speed against the cine's own rate"));
    speed.setPrefWidth(76);
    window.setPromptText("Window presets");
    window.setPrefWidth(170);
    window.setMaxWidth(170);
    window.setOnAction(
        e -> {
          int i = window.getSelectionModel().getSelectedIndex();
          if (!updating && i >= 0) {
            viewer.chooseWindow(i);
          }
        });
    window.setTooltip(new Tooltip("Window/level presets; right-drag on the image adjusts it"));
    fit.setOnAction(e -> viewer.fit());
    clear.setOnAction(e -> viewer.clearMeasurements());
    clear.setTooltip(new Tooltip("Remove the measurements drawn on this image"));
    fit.setTooltip(new Tooltip("The whole image in the viewer (F)"));
    var toolButtons = new java.util.ArrayList<ToggleButton>();
    for (Tool tool : Tool.values()) {
      ToggleButton button = new ToggleButton(tool.shortLabel());
      button.setTooltip(new Tooltip(tool.label()));
      button.setId("tool-" + tool.name().toLowerCase(Locale.ROOT));
      button.setToggleGroup(tools);
      button.setUserData(tool);
      button.setOnAction(
          e -> {
            if (!updating) {
              viewer.setTool(tool);
            }
          });
      toolButtons.add(button);
    }
    bar.getChildren().addAll(previous, play, next, loop, speed, separator(), window, separator());
    bar.getChildren().addAll(toolButtons);
    bar.getChildren().addAll(separator(), fit, clear);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6, 8, 6, 8));
    bar.getStyleClass().add("viewer-toolbar");
  }

  private static Separator separator() {
    return new Separator(Orientation.VERTICAL);
  }

  Region node() {
    return bar;
  }

  static String speedText(double speed) {
    return speed == Math.rint(speed) ? String.valueOf((int) speed) : String.valueOf(speed);
  }

  void update(ViewerSnapshot s) {
    updating = true;
    try {
      CineStatus c = s.cine();
      boolean hasStack = s.positions() > 1 && s.state() == ViewerState.SHOWING;
      previous.setDisable(!hasStack);
      next.setDisable(!hasStack);
      play.setText(c.playing() ? "Pause" : "Play");
      play.setDisable(!c.playable());
      String playTip =
          c.playable() ? "Play or pause (Space)" : "Cannot play: " + c.unavailableReason();
      if (play.getTooltip() == null || !play.getTooltip().getText().equals(playTip)) {
        play.setTooltip(new Tooltip(playTip));
      }
      loop.setSelected(c.loop());
      loop.setDisable(!c.playable());
      int speedIndex = SPEEDS.indexOf(c.speed());
      if (speed.getSelectionModel().getSelectedIndex() != speedIndex) {
        speed.getSelectionModel().select(speedIndex);
      }
      speed.setDisable(!c.playable());
      WindowStatus w = s.window();
      if (!w.options().equals(windowOptions)) {
        windowOptions = w.options();
        window.getItems().setAll(w.options());
      }
      if (w.selected() < 0) {
        window.getSelectionModel().clearSelection();
      } else if (window.getSelectionModel().getSelectedIndex() != w.selected()) {
        window.getSelectionModel().select(w.selected());
      }
      window.setDisable(!w.applicable());
      boolean image = s.transform() != null;
      for (var toggle : tools.getToggles()) {
        toggle.setSelected(toggle.getUserData() == s.tool());
        ((ToggleButton) toggle).setDisable(!image);
      }
      fit.setDisable(!image);
      clear.setDisable(s.measurements().isEmpty());
    } finally {
      updating = false;
    }
  }
}
