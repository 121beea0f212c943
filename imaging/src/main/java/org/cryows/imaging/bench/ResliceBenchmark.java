package org.cryows.imaging.bench;

import java.util.concurrent.TimeUnit;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.volume.ReslicePlane;
import org.cryows.imaging.volume.Reslicer;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeException;
import org.cryows.imaging.volume.VolumeLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: an oblique 512 x 512 reslice through the synthetic 512 x 512 x 400 CT volume, by the {@link
 * Reslicer} and by the {@link ResliceBaseline}. Run in process by {@link VolumeBenchmark}, which
 * hands over the volume it has just loaded; a separate JMH run loads its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResliceBenchmark {

  public static final int SIZE = 512;
  public static final int SLICES = 400;

  /** Set by {@link VolumeBenchmark} before an in-process run, so the volume is not loaded twice. */
  static volatile Volume prepared;

  private Volume volume;
  private Reslicer reslicer;
  private ReslicePlane plane;
  private float[] buffer;

  @Setup
  public void setUp() throws VolumeException, DicomReadException {
    volume =
        prepared != null
            ? prepared
            : new VolumeLoader().load(VolumeSyntheticCt.series(SIZE, SLICES));
    reslicer = new Reslicer(volume, -1024);
    plane = obliquePlane(volume);
    buffer = new float[SIZE * SIZE];
  }

  /** A plane through the volume's centre, oblique to all three axes, at the volume's pixel size. */
  public static ReslicePlane obliquePlane(Volume volume) {
    Vector3 center =
        volume
            .imageToPatient()
            .apply(
                (volume.columns() - 1) / 2.0,
                (volume.rows() - 1) / 2.0,
                (volume.slices() - 1) / 2.0);
    Vector3 row = new Vector3(0.8, 0.35, 0.25).normalized();
    Vector3 tilted = new Vector3(-0.3, 0.6, 0.7);
    Vector3 column = tilted.minus(row.times(tilted.dot(row))).normalized();
    return ReslicePlane.centredOn(
        center, row, column, SIZE, SIZE, volume.imageToPatient().columnStep().length());
  }

  @Benchmark
  public float[] oblique() {
    reslicer.resliceInto(plane, buffer);
    return buffer;
  }

  @Benchmark
  public float[] naiveBaseline() {
    ResliceBaseline.resliceInto(volume, plane, -1024, buffer);
    return buffer;
  }
}
