package org.cryows.imaging.volume;

/**
 * The 16-bit voxels of a volume in a few large arrays ("slabs") of whole slices. Large arrays
 * because the G1 collector gives every array of half a region or more its own regions: 512 x 512
 * slices of 512 KB each would take a 1 MB region apiece on a small heap, doubling the footprint;
 * one slab wastes at most part of one region.
 */
final class VoxelStore {

  /** At most this many voxels per slab (256 MB): far below the array limit. */
  private static final int MAX_SLAB_VOXELS = 1 << 27;

  private final int sliceSize;
  private final short[][] slabOfSlice;
  private final int[] baseOfSlice;

  VoxelStore(int columns, int rows, int slices) {
    this(columns, rows, slices, MAX_SLAB_VOXELS);
  }

  /** With a chosen slab size, so tests can cross slab boundaries on small volumes. */
  VoxelStore(int columns, int rows, int slices, int maxSlabVoxels) {
    if (columns <= 0 || rows <= 0 || slices <= 0) {
      throw new IllegalArgumentException("a volume has positive size");
    }
    long size = (long) columns * rows;
    if (size > maxSlabVoxels) {
      throw new IllegalArgumentException(
          "a slice of " + columns + " x " + rows + " voxels is larger than this store holds");
    }
    sliceSize = (int) size;
    int slicesPerSlab = Math.max(1, maxSlabVoxels / sliceSize);
    slabOfSlice = new short[slices][];
    baseOfSlice = new int[slices];
    for (int first = 0; first < slices; first += slicesPerSlab) {
      int count = Math.min(slicesPerSlab, slices - first);
      short[] slab = new short[count * sliceSize];
      for (int n = 0; n < count; n++) {
        slabOfSlice[first + n] = slab;
        baseOfSlice[first + n] = n * sliceSize;
      }
    }
  }

  /** How many separate arrays hold the voxels. */
  long slabCount() {
    return java.util.Arrays.stream(slabOfSlice).distinct().count();
  }

  int slices() {
    return slabOfSlice.length;
  }

  int sliceSize() {
    return sliceSize;
  }

  /** The array holding slice k; its voxels start at {@link #base(int)}. */
  short[] slab(int k) {
    return slabOfSlice[k];
  }

  int base(int k) {
    return baseOfSlice[k];
  }

  short get(int k, int indexInSlice) {
    return slabOfSlice[k][baseOfSlice[k] + indexInSlice];
  }

  void set(int k, int indexInSlice, short value) {
    slabOfSlice[k][baseOfSlice[k] + indexInSlice] = value;
  }

  long rawBytes() {
    return 2L * sliceSize * slabOfSlice.length;
  }
}
