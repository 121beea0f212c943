package org.cryows.imaging.adapter;

import java.nio.file.Path;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.pixels.FrameSource;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * An opened image file: its header (without pixel data), what its pixels are, how they are encoded,
 * and its frames, decoded one at a time when asked for.
 */
public record DicomImage(
    Path file,
    DicomDataset header,
    PixelDescription description,
    TransferSyntax transferSyntax,
    FrameSource frames) {}
