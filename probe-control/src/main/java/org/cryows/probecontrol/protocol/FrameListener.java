package org.cryows.probecontrol.protocol;

/** Receives what a {@link FrameDecoder} makes of the bytes: frames, and clean errors. */
public interface FrameListener {
  void onFrame(Frame frame);

  void onError(DecodeError error);
}
