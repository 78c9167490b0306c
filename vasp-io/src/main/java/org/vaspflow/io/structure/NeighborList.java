package org.vaspflow.io.structure;

import java.util.Arrays;

/**
 * Every periodic neighbour of every site within a cutoff, with its distance (Å) and lattice image.
 *
 * <p>Correct for any cell shape: a sphere of radius r reaches {@code r / w_i} cells along axis i, where
 * {@code w_i} is the cell's perpendicular width ({@link Lattice#perpendicularWidthsAngstrom()}), so the images
 * of every site inside the cell padded by that much are generated; a strongly skewed cell is searched as far as
 * the cutoff needs (the minimum-image shortcut is wrong there). Linear in the number of sites (up to a
 * logarithm): the image points are binned in cubes of edge ≥ r (a cell list), and each site looks only at the
 * 27 bins around it (Allen &amp; Tildesley, Computer Simulation of Liquids, 2nd ed., §5.3.2).
 *
 * <p>The cutoff is inclusive, with a relative allowance of 5e-13 for rounding. As pymatgen's
 * {@code Structure.get_all_neighbors}: a site's own periodic images are neighbours; the site itself, and any
 * site closer than 1e-8 Å, is not. Neighbours of each site are sorted by distance, then index, then image.
 * Stored in compressed rows: {@code offsets[i] … offsets[i+1]} index the neighbours of site i.
 */
public final class NeighborList {
    private static final double SELF_TOLERANCE_ANGSTROM = 1e-8;
    /** Bins per axis stay below 2^20 so that three bin indices pack into one long. */
    private static final double MAX_BINS_PER_AXIS = 1 << 19;

    private final double cutoffAngstrom;
    private final int[] offsets;
    private final int[] neighbor;
    private final double[] distanceAngstrom;
    private final int[] image;

    private NeighborList(double cutoff, int[] offsets, int[] neighbor, double[] distance, int[] image) {
        this.cutoffAngstrom = cutoff;
        this.offsets = offsets;
        this.neighbor = neighbor;
        this.distanceAngstrom = distance;
        this.image = image;
    }

    /** Neighbours of every site within {@code cutoffAngstrom} (inclusive). */
    public static NeighborList of(Structure s, double cutoffAngstrom) {
        if (!(cutoffAngstrom > 0 && cutoffAngstrom < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("cutoff must be positive and finite");
        }
        int n = s.size();
        int[] shift = new int[3 * n];
        double[] wrapped = new double[3 * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                double f = s.site(i).frac(k);
                shift[3 * i + k] = (int) Math.floor(f);
                wrapped[3 * i + k] = f - shift[3 * i + k];
            }
        }
        Images images = Images.of(s.lattice(), wrapped, cutoffAngstrom);
        Bins bins = Bins.of(images.xyz, cutoffAngstrom);
        Rows rows = new Rows(n);
        double limit2 = cutoffAngstrom * cutoffAngstrom * (1 + 1e-12) + 1e-16;
        for (int i = 0; i < n; i++) {
            double[] xi = s.lattice().toCartesian(Arrays.copyOfRange(wrapped, 3 * i, 3 * i + 3));
            long[] home = bins.cell(xi);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (long dz = -1; dz <= 1; dz++) {
                        int bin = bins.find(home[0] + dx, home[1] + dy, home[2] + dz);
                        if (bin < 0) {
                            continue;
                        }
                        for (int q = bins.start[bin]; q < bins.start[bin + 1]; q++) {
                            int p = bins.members[q];
                            double ddx = images.xyz[3 * p] - xi[0];
                            double ddy = images.xyz[3 * p + 1] - xi[1];
                            double ddz = images.xyz[3 * p + 2] - xi[2];
                            double d2 = ddx * ddx + ddy * ddy + ddz * ddz;
                            double d = d2 <= limit2 ? Math.sqrt(d2) : 0;
                            if (d > SELF_TOLERANCE_ANGSTROM) {
                                int j = images.owner[p];
                                // the image relative to the coordinates as given, not as wrapped into [0, 1)
                                rows.add(j, d, images.cell[3 * p] - shift[3 * j] + shift[3 * i],
                                        images.cell[3 * p + 1] - shift[3 * j + 1] + shift[3 * i + 1],
                                        images.cell[3 * p + 2] - shift[3 * j + 2] + shift[3 * i + 2]);
                            }
                        }
                    }
                }
            }
            rows.endSite(i);
        }
        return new NeighborList(cutoffAngstrom, rows.offsets, Arrays.copyOf(rows.neighbor, rows.size),
                Arrays.copyOf(rows.distance, rows.size), Arrays.copyOf(rows.image, 3 * rows.size));
    }

    /** Every image of every site inside the cell padded by the cutoff: Cartesian position, site, cell. */
    private record Images(double[] xyz, int[] owner, int[] cell) {
        /** More image points than this means the cutoff is absurd for the cell (memory would run out). */
        private static final long MAX_POINTS = 50_000_000L;

        static Images of(Lattice lat, double[] wrapped, double r) {
            double[] w = lat.perpendicularWidthsAngstrom();
            double[] pad = {r / w[0], r / w[1], r / w[2]};
            int n = wrapped.length / 3;
            int[] range = new int[6 * n];
            long count = 0;
            for (int j = 0; j < n; j++) {
                long here = 1;
                for (int k = 0; k < 3; k++) {
                    range[6 * j + 2 * k] = (int) Math.ceil(-pad[k] - wrapped[3 * j + k]);
                    range[6 * j + 2 * k + 1] = (int) Math.floor(1 + pad[k] - wrapped[3 * j + k]);
                    here *= Math.max(0, range[6 * j + 2 * k + 1] - range[6 * j + 2 * k] + 1);
                }
                count += here;
                if (count > MAX_POINTS) {
                    throw new IllegalArgumentException("cutoff " + r + " Å needs more than " + MAX_POINTS
                            + " periodic images of this cell");
                }
            }
            int m = (int) count;
            double[] xyz = new double[3 * m];
            int[] owner = new int[m];
            int[] cell = new int[3 * m];
            int p = 0;
            for (int j = 0; j < n; j++) {
                for (int a = range[6 * j]; a <= range[6 * j + 1]; a++) {
                    for (int b = range[6 * j + 2]; b <= range[6 * j + 3]; b++) {
                        for (int c = range[6 * j + 4]; c <= range[6 * j + 5]; c++) {
                            double[] x = lat.toCartesian(new double[] {wrapped[3 * j] + a, wrapped[3 * j + 1] + b,
                                wrapped[3 * j + 2] + c});
                            System.arraycopy(x, 0, xyz, 3 * p, 3);
                            owner[p] = j;
                            cell[3 * p] = a;
                            cell[3 * p + 1] = b;
                            cell[3 * p + 2] = c;
                            p++;
                        }
                    }
                }
            }
            return new Images(xyz, owner, cell);
        }
    }

    /**
     * Points grouped by cubic bin: {@code keys} (sorted, distinct) name the occupied bins, {@code members[start[b]
     * … start[b+1]]} are the points of bin b. Sparse, so a skewed cell's large bounding box costs nothing.
     */
    private record Bins(double edge, long[] keys, int[] start, int[] members) {
        static Bins of(double[] xyz, double r) {
            double extent = 0;
            for (double v : xyz) {
                extent = Math.max(extent, Math.abs(v));
            }
            double edge = Math.max(r, 2 * extent / MAX_BINS_PER_AXIS);
            int m = xyz.length / 3;
            long[] pointKey = new long[m];
            for (int p = 0; p < m; p++) {
                pointKey[p] = pack(Math.floor(xyz[3 * p] / edge), Math.floor(xyz[3 * p + 1] / edge),
                        Math.floor(xyz[3 * p + 2] / edge));
            }
            long[] keys = Arrays.stream(pointKey).sorted().distinct().toArray();
            int[] start = new int[keys.length + 1];
            int[] bin = new int[m];
            for (int p = 0; p < m; p++) {
                bin[p] = Arrays.binarySearch(keys, pointKey[p]);
                start[bin[p] + 1]++;
            }
            for (int b = 0; b < keys.length; b++) {
                start[b + 1] += start[b];
            }
            int[] fill = Arrays.copyOf(start, keys.length);
            int[] members = new int[m];
            for (int p = 0; p < m; p++) {
                members[fill[bin[p]]++] = p;
            }
            return new Bins(edge, keys, start, members);
        }

        long[] cell(double[] x) {
            return new long[] {(long) Math.floor(x[0] / edge), (long) Math.floor(x[1] / edge),
                (long) Math.floor(x[2] / edge)};
        }

        /** Index of the bin (i, j, k), or -1 when it holds no point. */
        int find(long i, long j, long k) {
            int b = Arrays.binarySearch(keys, pack(i, j, k));
            return b >= 0 ? b : -1;
        }

        private static long pack(double i, double j, double k) {
            return pack((long) i, (long) j, (long) k);
        }

        private static long pack(long i, long j, long k) {
            return ((i + 0x100000L) << 42) | ((j + 0x100000L) << 21) | (k + 0x100000L);
        }
    }

    /** Growing compressed rows; each site's neighbours are sorted when the site is finished. */
    private static final class Rows {
        final int[] offsets;
        int[] neighbor = new int[64];
        double[] distance = new double[64];
        int[] image = new int[192];
        int size;

        Rows(int sites) {
            offsets = new int[sites + 1];
        }

        void add(int j, double d, int a, int b, int c) {
            if (size == neighbor.length) {
                neighbor = Arrays.copyOf(neighbor, 2 * size);
                distance = Arrays.copyOf(distance, 2 * size);
                image = Arrays.copyOf(image, 6 * size);
            }
            neighbor[size] = j;
            distance[size] = d;
            image[3 * size] = a;
            image[3 * size + 1] = b;
            image[3 * size + 2] = c;
            size++;
        }

        void endSite(int i) {
            int from = offsets[i];
            int[] order = new int[size - from];
            for (int q = 0; q < order.length; q++) {
                order[q] = from + q;
            }
            mergeSort(order, new int[order.length], 0, order.length);
            int[] nb = new int[order.length];
            double[] d = new double[order.length];
            int[] img = new int[3 * order.length];
            for (int q = 0; q < order.length; q++) {
                nb[q] = neighbor[order[q]];
                d[q] = distance[order[q]];
                System.arraycopy(image, 3 * order[q], img, 3 * q, 3);
            }
            System.arraycopy(nb, 0, neighbor, from, nb.length);
            System.arraycopy(d, 0, distance, from, d.length);
            System.arraycopy(img, 0, image, 3 * from, img.length);
            offsets[i + 1] = size;
        }

        private void mergeSort(int[] a, int[] tmp, int lo, int hi) {
            if (hi - lo < 2) {
                return;
            }
            int mid = (lo + hi) >>> 1;
            mergeSort(a, tmp, lo, mid);
            mergeSort(a, tmp, mid, hi);
            int i = lo;
            int j = mid;
            for (int k = lo; k < hi; k++) {
                tmp[k] = j >= hi || (i < mid && compare(a[i], a[j]) <= 0) ? a[i++] : a[j++];
            }
            System.arraycopy(tmp, lo, a, lo, hi - lo);
        }

        private int compare(int p, int q) {
            int c = Double.compare(distance[p], distance[q]);
            if (c == 0) {
                c = Integer.compare(neighbor[p], neighbor[q]);
            }
            for (int k = 0; c == 0 && k < 3; k++) {
                c = Integer.compare(image[3 * p + k], image[3 * q + k]);
            }
            return c;
        }
    }

    public double cutoffAngstrom() {
        return cutoffAngstrom;
    }

    public int siteCount() {
        return offsets.length - 1;
    }

    /** Number of neighbours of site i. */
    public int count(int site) {
        return offsets[site + 1] - offsets[site];
    }

    /** Index of the k-th nearest neighbour of site i. */
    public int neighbor(int site, int k) {
        return neighbor[offsets[site] + k];
    }

    /** Distance (Å) to the k-th nearest neighbour of site i. */
    public double distanceAngstrom(int site, int k) {
        return distanceAngstrom[offsets[site] + k];
    }

    /** Lattice image (n_a, n_b, n_c) of the k-th neighbour of site i: its position is frac_j + image. */
    public int[] image(int site, int k) {
        int q = offsets[site] + k;
        return new int[] {image[3 * q], image[3 * q + 1], image[3 * q + 2]};
    }

    /** The distances of site i's neighbours, ascending (a copy). */
    public double[] distancesAngstrom(int site) {
        return Arrays.copyOfRange(distanceAngstrom, offsets[site], offsets[site + 1]);
    }

    /** The neighbour indices of site i, nearest first (a copy). */
    public int[] neighbors(int site) {
        return Arrays.copyOfRange(neighbor, offsets[site], offsets[site + 1]);
    }
}
