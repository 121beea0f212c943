package org.cryows.planner.thermal.cartesian;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.TissueProperties;

/**
 * Which tissue fills each voxel of a box, as a segmentation gives it: a regular grid of labels
 * (0-255) and the catalog tissue each label stands for. The box is the model's domain. Immutable;
 * build one with {@link #builder}.
 */
public final class TissueLabelVolume {

  private final Vector3 originMm;
  private final double voxelSizeMm;
  private final int nx;
  private final int ny;
  private final int nz;
  private final byte[] labels;
  private final Map<Integer, String> tissueByLabel;

  private TissueLabelVolume(
      Vector3 originMm,
      double voxelSizeMm,
      int nx,
      int ny,
      int nz,
      byte[] labels,
      Map<Integer, String> tissueByLabel) {
    this.originMm = originMm;
    this.voxelSizeMm = voxelSizeMm;
    this.nx = nx;
    this.ny = ny;
    this.nz = nz;
    this.labels = labels;
    this.tissueByLabel = Collections.unmodifiableMap(new TreeMap<>(tissueByLabel));
  }

  /**
   * A box of {@code nx * ny * nz} cubic voxels from {@code originMm} (its minimum corner), every
   * voxel labelled {@code fillLabel} until painted otherwise.
   */
  public static Builder builder(
      Vector3 originMm, double voxelSizeMm, int nx, int ny, int nz, int fillLabel) {
    return new Builder(originMm, voxelSizeMm, nx, ny, nz, fillLabel);
  }

  /** A homogeneous box of one tissue, from {@code minMm} to {@code maxMm}. */
  public static TissueLabelVolume homogeneous(Vector3 minMm, Vector3 maxMm, String tissueName) {
    Vector3 size = maxMm.minus(minMm);
    double voxel = Math.min(size.x(), Math.min(size.y(), size.z()));
    if (!(voxel > 0)) {
      throw new InvalidThermalInputException("the domain box must have positive size, got " + size);
    }
    int nx = (int) Math.round(size.x() / voxel);
    int ny = (int) Math.round(size.y() / voxel);
    int nz = (int) Math.round(size.z() / voxel);
    if (Math.abs(nx * voxel - size.x()) > 1e-9
        || Math.abs(ny * voxel - size.y()) > 1e-9
        || Math.abs(nz * voxel - size.z()) > 1e-9) {
      throw new InvalidThermalInputException(
          "a homogeneous box needs sides that are multiples of its shortest side, got " + size);
    }
    return builder(minMm, voxel, nx, ny, nz, 1).tissue(1, tissueName).build();
  }

  public Vector3 originMm() {
    return originMm;
  }

  public Vector3 maxCornerMm() {
    return originMm.plus(new Vector3(nx * voxelSizeMm, ny * voxelSizeMm, nz * voxelSizeMm));
  }

  public double voxelSizeMm() {
    return voxelSizeMm;
  }

  public int voxels(int axis) {
    return switch (axis) {
      case 0 -> nx;
      case 1 -> ny;
      case 2 -> nz;
      default -> throw new IllegalArgumentException("axis must be 0, 1 or 2");
    };
  }

  public Map<Integer, String> tissueByLabel() {
    return tissueByLabel;
  }

  /** The label of the voxel holding the point (points on the far faces belong to the last one). */
  public int labelAtMm(Vector3 point) {
    int i = voxelIndex(point.x() - originMm.x(), nx);
    int j = voxelIndex(point.y() - originMm.y(), ny);
    int k = voxelIndex(point.z() - originMm.z(), nz);
    return labels[(k * ny + j) * nx + i] & 0xff;
  }

  public boolean containsMm(Vector3 point) {
    Vector3 max = maxCornerMm();
    return point.x() >= originMm.x()
        && point.y() >= originMm.y()
        && point.z() >= originMm.z()
        && point.x() <= max.x()
        && point.y() <= max.y()
        && point.z() <= max.z();
  }

  /**
   * The catalog tissue of every label used, checked: a voxel whose label has no tissue, or a label
   * naming a tissue the catalog does not know, is refused.
   *
   * @throws InvalidThermalInputException naming the label and its voxel count
   */
  public Map<Integer, TissueProperties> resolveTissues() {
    long[] counts = new long[256];
    for (byte label : labels) {
      counts[label & 0xff]++;
    }
    Map<Integer, TissueProperties> tissues = new TreeMap<>();
    for (int label = 0; label < 256; label++) {
      if (counts[label] == 0) {
        continue;
      }
      String name = tissueByLabel.get(label);
      if (name == null) {
        throw new InvalidThermalInputException(
            "label "
                + label
                + " ("
                + counts[label]
                + " voxels) has no tissue; labelled tissues: "
                + tissueByLabel);
      }
      try {
        tissues.put(label, TissueCatalog.byName(name));
      } catch (InvalidThermalInputException e) {
        throw new InvalidThermalInputException("label " + label + ": " + e.getMessage());
      }
    }
    return Collections.unmodifiableMap(tissues);
  }

  private int voxelIndex(double offsetMm, int count) {
    return Math.clamp((long) Math.floor(offsetMm / voxelSizeMm), 0, count - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TissueLabelVolume that
        && originMm.equals(that.originMm)
        && voxelSizeMm == that.voxelSizeMm
        && nx == that.nx
        && ny == that.ny
        && nz == that.nz
        && Arrays.equals(labels, that.labels)
        && tissueByLabel.equals(that.tissueByLabel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(originMm, voxelSizeMm, nx, ny, nz, Arrays.hashCode(labels), tissueByLabel);
  }

  @Override
  public String toString() {
    return String.format(
        "TissueLabelVolume[%d x %d x %d voxels of %.3g mm from %s, tissues %s]",
        nx, ny, nz, voxelSizeMm, originMm, tissueByLabel);
  }

  /**
   * Paints labels into a box of voxels; each voxel takes the label of the last shape holding it.
   */
  public static final class Builder {
    private final Vector3 originMm;
    private final double voxelSizeMm;
    private final int nx;
    private final int ny;
    private final int nz;
    private final byte[] labels;
    private final Map<Integer, String> tissueByLabel = new TreeMap<>();

    private Builder(Vector3 originMm, double voxelSizeMm, int nx, int ny, int nz, int fillLabel) {
      this.originMm = Objects.requireNonNull(originMm, "originMm");
      if (!(voxelSizeMm > 0) || !Double.isFinite(voxelSizeMm)) {
        throw new InvalidThermalInputException(
            "voxel size must be positive, got " + voxelSizeMm + " mm");
      }
      if (nx < 1 || ny < 1 || nz < 1 || (long) nx * ny * nz > Integer.MAX_VALUE) {
        throw new InvalidThermalInputException(
            "voxel counts must be positive and fit one array, got " + nx + " x " + ny + " x " + nz);
      }
      this.voxelSizeMm = voxelSizeMm;
      this.nx = nx;
      this.ny = ny;
      this.nz = nz;
      this.labels = new byte[nx * ny * nz];
      Arrays.fill(labels, checkedLabel(fillLabel));
    }

    /** Says which catalog tissue a label stands for (checked when the problem is built). */
    public Builder tissue(int label, String tissueName) {
      checkedLabel(label);
      tissueByLabel.put(label, Objects.requireNonNull(tissueName, "tissueName"));
      return this;
    }

    /** Labels every voxel whose centre lies in the axis-aligned box between the two corners. */
    public Builder fillBox(Vector3 cornerMm, Vector3 oppositeCornerMm, int label) {
      byte value = checkedLabel(label);
      double[] low = {
        Math.min(cornerMm.x(), oppositeCornerMm.x()),
        Math.min(cornerMm.y(), oppositeCornerMm.y()),
        Math.min(cornerMm.z(), oppositeCornerMm.z())
      };
      double[] high = {
        Math.max(cornerMm.x(), oppositeCornerMm.x()),
        Math.max(cornerMm.y(), oppositeCornerMm.y()),
        Math.max(cornerMm.z(), oppositeCornerMm.z())
      };
      forEachVoxel(
          (index, centre) -> {
            boolean inside = true;
            for (int axis = 0; axis < 3; axis++) {
              double c = centre.coordinate(axis);
              inside &= c >= low[axis] && c <= high[axis];
            }
            if (inside) {
              labels[index] = value;
            }
          });
      return this;
    }

    /** Labels every voxel whose centre lies in the cylinder between two axis points. */
    public Builder fillCylinder(Vector3 startMm, Vector3 endMm, double diameterMm, int label) {
      byte value = checkedLabel(label);
      var cylinder =
          new Vessel(startMm, endMm, diameterMm, new Vessel.VesselWall.FixedTemperature(37));
      forEachVoxel(
          (index, centre) -> {
            if (cylinder.containsMm(centre)) {
              labels[index] = value;
            }
          });
      return this;
    }

    /** Labels every voxel whose centre the test accepts (a shape in any orientation). */
    public Builder fillWhere(java.util.function.Predicate<Vector3> inside, int label) {
      byte value = checkedLabel(label);
      forEachVoxel(
          (index, centre) -> {
            if (inside.test(centre)) {
              labels[index] = value;
            }
          });
      return this;
    }

    public TissueLabelVolume build() {
      return new TissueLabelVolume(
          originMm, voxelSizeMm, nx, ny, nz, labels.clone(), tissueByLabel);
    }

    private interface VoxelVisitor {
      void visit(int index, Vector3 centreMm);
    }

    private void forEachVoxel(VoxelVisitor visitor) {
      for (int k = 0; k < nz; k++) {
        for (int j = 0; j < ny; j++) {
          for (int i = 0; i < nx; i++) {
            visitor.visit(
                (k * ny + j) * nx + i,
                new Vector3(
                    originMm.x() + (i + 0.5) * voxelSizeMm,
                    originMm.y() + (j + 0.5) * voxelSizeMm,
                    originMm.z() + (k + 0.5) * voxelSizeMm));
          }
        }
      }
    }

    private static byte checkedLabel(int label) {
      if (label < 0 || label > 255) {
        throw new InvalidThermalInputException("labels run from 0 to 255, got " + label);
      }
      return (byte) label;
    }
  }
}
