package org.cryows.probecontrol.protocol;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a decoder produced, in order. */
final class RecordingListener implements FrameListener {
  final List<Frame> frames = new ArrayList<>();
  final List<DecodeError> errors = new ArrayList<>();
  final List<Object> all = new ArrayList<>();

  @Override
  public void onFrame(Frame frame) {
    frames.add(frame);
    all.add(frame);
  }

  @Override
  public void onError(DecodeError error) {
    errors.add(error);
    all.add(error);
  }
}
