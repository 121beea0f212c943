package org.cryows.samples.ultrasound;

import java.util.Arrays;
import org.apache.commons.math3.util.FastMath;

/**
 * One B-mode frame from a label map, scan line by scan line (one line per pixel column), after
 * ../shared/design/ULTRASOUND-SYNTH.md:
 *
 * <ol>
 *   <li>scatterers: the tissue's backscatter times its texture times a complex Gaussian of the
 *       {@link SpeckleField};
 *   <li>interfaces: where the tissue changes down a line, a specular echo proportional to sqrt(R),
 *       weaker at oblique incidence, and the energy let through multiplied by (1 - R); below air,
 *       only the reverberations between the pleura and the probe (A-lines);
 *   <li>attenuation along each line's own path: 10^(-2 f0 integral(alpha dz) / 20);
 *   <li>point spread: a separable Gaussian beam, axial FWHM fixed, lateral FWHM growing away from
 *       the focus, each kernel of unit energy so that speckle keeps its level;
 *   <li>envelope: the magnitude, times the time-gain compensation 10^(2 alpha_ref f0 z / 20).
 * </ol>
 *
 * Noise and log compression follow in {@link BModeDisplay}, once the brightest echo of the whole
 * cine is known. Scatterers, echoes and attenuation act before the point spread, as each
 * scatterer's echo is attenuated on its own path; the spread then mixes neighbouring lines as a
 * real beam does.
 *
 * <p>A moving probe: the map and the speckle are read {@code margin()} columns either side of the
 * image, and the lateral kernel is sampled at the fraction of a pixel the probe has moved, so the
 * speckle glides with the tissue instead of jumping a pixel at a time. Not thread-safe (scratch
 * buffers); one instance per thread.
 */
public final class EchoSynthesis {
  /** Fraction of the pleura's echo the probe face sends back down again (A-lines). Estimate. */
  static final double PROBE_FACE_REFLECTION = 0.5;

  private static final double FWHM_PER_SIGMA = 2 * Math.sqrt(2 * FastMath.log(2));
  private static final Tissue[] TISSUES = Tissue.values();

  private final ScannerSettings settings;
  private final int columns;
  private final int rows;
  private final int margin;
  private final int width;
  private final float[] axialKernel;
  private final double[] lateralSigmaPx;
  private final float[] tgc;
  private final float[] stepAmplitude = new float[TISSUES.length];
  private final float[] backscatter = new float[TISSUES.length];
  private final float[] fieldRe;
  private final float[] fieldIm;
  private final float[] axialRe;
  private final float[] axialIm;

  /**
   * @param columns image columns (scan lines)
   * @param rows image rows (depth samples); row 0 is the probe face
   */
  public EchoSynthesis(ScannerSettings settings, int columns, int rows) {
    this.settings = settings;
    this.columns = columns;
    this.rows = rows;
    double px = settings.pixelMm();
    this.lateralSigmaPx = new double[rows];
    double widest = 0;
    for (int r = 0; r < rows; r++) {
      lateralSigmaPx[r] = settings.lateralFwhmMm(r * px) / FWHM_PER_SIGMA / px;
      widest = Math.max(widest, lateralSigmaPx[r]);
    }
    this.margin = (int) Math.ceil(3.5 * widest) + 1;
    this.width = columns + 2 * margin;
    this.axialKernel = unitEnergyGaussian(settings.axialFwhmMm() / FWHM_PER_SIGMA / px, 0);
    this.tgc = new float[rows];
    double f0 = settings.frequencyMHz();
    for (int r = 0; r < rows; r++) {
      double depthCm = r * px / 10;
      tgc[r] = (float) FastMath.pow(10, 2 * settings.tgcAlphaDbPerCmMHz() * f0 * depthCm / 20);
    }
    double pixelCm = px / 10;
    for (Tissue t : TISSUES) {
      // Round trip through one pixel of this tissue.
      stepAmplitude[t.ordinal()] =
          (float) FastMath.pow(10, -2 * f0 * t.attenuationDbPerCmMHz() * pixelCm / 20);
      backscatter[t.ordinal()] = (float) t.backscatter();
    }
    this.fieldRe = new float[width * rows];
    this.fieldIm = new float[width * rows];
    this.axialRe = new float[width * rows];
    this.axialIm = new float[width * rows];
  }

  /** Columns of map and speckle needed on each side of the image. */
  public int margin() {
    return margin;
  }

  /** The width of the map a frame is made from: the image plus a margin either side. */
  public int mapColumns() {
    return width;
  }

  /**
   * The envelope of one frame, before noise: rows x columns, row by row.
   *
   * @param map the tissues, {@link #mapColumns()} wide: its column {@code margin()} is image column
   *     0
   * @param speckle the tissue's scatterers
   * @param speckleColumn the speckle column under map column 0 (where the probe is)
   * @param fraction how far past {@code speckleColumn} the probe stands, in pixels, [0, 1)
   * @param slideColumns an extra offset for tissues that slide under the others (the pleura)
   */
  public float[] envelope(
      TissueMap map, SpeckleField speckle, int speckleColumn, double fraction, int slideColumns) {
    if (map.columns() != width || map.rows() != rows) {
      throw new IllegalArgumentException(
          "the map is " + map.columns() + " x " + map.rows() + ", not " + width + " x " + rows);
    }
    if (speckle.rows() < rows) {
      throw new IllegalArgumentException("the speckle field has fewer rows than the image");
    }
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("fraction of a pixel in [0, 1): " + fraction);
    }
    Arrays.fill(fieldRe, 0f);
    Arrays.fill(fieldIm, 0f);
    for (int c = 0; c < width; c++) {
      scanLine(map, speckle, c, speckleColumn + c, slideColumns);
    }
    convolveAxially();
    return convolveLaterallyToEnvelope(fraction);
  }

  /** Scatterers, echoes and attenuation down one line of the map. */
  private void scanLine(
      TissueMap map, SpeckleField speckle, int c, int worldColumn, int slideColumns) {
    float amplitude = 1f;
    int previous = map.tissueOrdinal(c);
    int pleuraRow = -1;
    double pleuraEcho = 0;
    double roundTripAtPleura = 0;
    for (int r = 0; r < rows; r++) {
      int index = r * width + c;
      int t = map.tissueOrdinal(index);
      if (r > 0 && t != previous) {
        Tissue above = TISSUES[previous];
        Tissue below = TISSUES[t];
        double reflection = above.reflectionTo(below);
        double echo =
            settings.specularGain()
                * Math.sqrt(reflection)
                * obliquity(map, r, c, previous, t)
                * amplitude
                * surfaceRoughness(r, worldColumn);
        fieldRe[index] += (float) echo;
        if (below == Tissue.AIR && pleuraRow < 0) {
          pleuraRow = r;
          pleuraEcho = echo;
          roundTripAtPleura = amplitude;
        }
        amplitude *= (float) (1 - reflection);
        previous = t;
      }
      amplitude *= stepAmplitude[t];
      float sigma = backscatter[t] * map.textureAt(index);
      if (sigma > 0) {
        int column = worldColumn + (TISSUES[t] == Tissue.PLEURA ? slideColumns : 0);
        float weight = sigma * amplitude;
        fieldRe[index] += weight * speckle.re(r, column);
        fieldIm[index] += weight * speckle.im(r, column);
      }
    }
    if (pleuraRow > 0) {
      // A-lines: the pleural echo bounces between the probe face and the pleura; echo n arrives
      // from n times the pleura's depth, having crossed the tissue above n times more.
      double echo = pleuraEcho;
      for (int n = 2; n * pleuraRow < rows; n++) {
        echo *= PROBE_FACE_REFLECTION * roundTripAtPleura;
        fieldRe[n * pleuraRow * width + c] += (float) (echo * surfaceRoughness(n, worldColumn));
      }
    }
  }

  /**
   * How much of a specular echo comes back from an interface tilted to the beam: cos^6 of the tilt,
   * never below 0.08 (rough surfaces scatter some back). The tilt comes from where the same
   * interface lies three columns either side.
   */
  private double obliquity(TissueMap map, int r, int c, int above, int below) {
    int reach = 3;
    int left = boundaryRow(map, r, c - reach, above, below);
    int right = boundaryRow(map, r, c + reach, above, below);
    double slope;
    if (left >= 0 && right >= 0) {
      slope = (right - left) / (2.0 * reach);
    } else if (left >= 0) {
      slope = (r - left) / (double) reach;
    } else if (right >= 0) {
      slope = (right - r) / (double) reach;
    } else {
      return 0.08;
    }
    double cos = 1 / Math.sqrt(1 + slope * slope);
    double cos2 = cos * cos;
    return Math.max(0.08, cos2 * cos2 * cos2);
  }

  /** The row near {@code r} where column {@code c} turns from {@code above} to {@code below}. */
  private int boundaryRow(TissueMap map, int r, int c, int above, int below) {
    if (c < 0 || c >= width) {
      return -1;
    }
    for (int d = 0; d <= 12; d++) {
      for (int rr : new int[] {r - d, r + d}) {
        if (rr >= 1
            && rr < rows
            && map.tissueOrdinal(rr * width + c) == below
            && map.tissueOrdinal((rr - 1) * width + c) == above) {
          return rr;
        }
      }
    }
    return -1;
  }

  /**
   * A fixed, position-bound variation of a surface echo, between 0.45 and 1.25, smooth across about
   * a millimetre (real interfaces are neither perfectly flat nor equally bright): value noise
   * interpolated between random values every 8 world columns, with a little per-pixel grain.
   */
  private static double surfaceRoughness(int row, int worldColumn) {
    int cell = Math.floorDiv(worldColumn, 8);
    double t = (worldColumn - cell * 8) / 8.0;
    double smooth = t * t * (3 - 2 * t);
    long band = row / 16;
    double a = Hashes.unit(17, cell, band);
    double b = Hashes.unit(17, cell + 1, band);
    double grain = Hashes.unit(29, worldColumn, row);
    return 0.45 + 0.65 * (a + (b - a) * smooth) + 0.15 * grain;
  }

  private void convolveAxially() {
    int half = axialKernel.length / 2;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < width; c++) {
        float re = 0;
        float im = 0;
        for (int k = -half; k <= half; k++) {
          int rr = r + k;
          if (rr >= 0 && rr < rows) {
            float h = axialKernel[k + half];
            re += h * fieldRe[rr * width + c];
            im += h * fieldIm[rr * width + c];
          }
        }
        axialRe[r * width + c] = re;
        axialIm[r * width + c] = im;
      }
    }
  }

  private float[] convolveLaterallyToEnvelope(double fraction) {
    float[] envelope = new float[rows * columns];
    float[] kernel = new float[2 * margin + 1];
    for (int r = 0; r < rows; r++) {
      double sigma = lateralSigmaPx[r];
      double energy = 0;
      for (int m = -margin; m <= margin; m++) {
        double x = fraction - m;
        double h = FastMath.exp(-x * x / (2 * sigma * sigma));
        kernel[m + margin] = (float) h;
        energy += h * h;
      }
      float norm = (float) (1 / Math.sqrt(energy));
      for (int k = 0; k < kernel.length; k++) {
        kernel[k] *= norm;
      }
      int rowStart = r * width;
      float gain = tgc[r];
      for (int c = 0; c < columns; c++) {
        float re = 0;
        float im = 0;
        int centre = rowStart + c + margin;
        for (int m = -margin; m <= margin; m++) {
          float h = kernel[m + margin];
          re += h * axialRe[centre + m];
          im += h * axialIm[centre + m];
        }
        envelope[r * columns + c] = (float) Math.sqrt(re * re + im * im) * gain;
      }
    }
    return envelope;
  }

  /** A Gaussian of unit energy (sum of squares 1) over +-3.5 sigma, centred {@code shift} off. */
  static float[] unitEnergyGaussian(double sigma, double shift) {
    int half = (int) Math.ceil(3.5 * sigma);
    float[] kernel = new float[2 * half + 1];
    double energy = 0;
    for (int k = -half; k <= half; k++) {
      double x = k - shift;
      double h = FastMath.exp(-x * x / (2 * sigma * sigma));
      kernel[k + half] = (float) h;
      energy += h * h;
    }
    float norm = (float) (1 / Math.sqrt(energy));
    for (int k = 0; k < kernel.length; k++) {
      kernel[k] *= norm;
    }
    return kernel;
  }
}
