package org.vaspflow.io.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every periodic neighbour of every site within a cutoff, with its distance (Å) and lattice image.
 *
 * <p>Correct for any cell shape: the number of images searched along axis i is {@code ceil(r / w_i)} where
 * {@code w_i = V / |a_j × a_k|} is the cell's perpendicular width, so a strongly skewed cell is searched as far
 * as the cutoff needs (the minimum-image shortcut is wrong there). Linear in the number of sites: the image
 * points inside the cell padded by r are binned in cubes of edge r (a cell list), and each site looks only at
 * the 27 bins around it.
 *
 * <p>The cutoff is inclusive, with a relative allowance of 5e-13 for rounding. As pymatgen's {@code get_all_neighbors}: a site's own periodic images are neighbours; the site itself, and
 * any site closer than 1e-8 Å, is not. Neighbours of each site are sorted by distance (then index, image).
 * Stored in compressed rows: {@code offsets[i] … offsets[i+1]} index the neighbours of site i.
 */
public final class NeighborList {
    private static final double SELF_TOLERANCE_ANGSTROM = 1e-8;

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
        if (!(cutoffAngstrom > 0)) {
            throw new IllegalArgumentException("cutoff must be positive");
        }
        Lattice lat = s.lattice();
        int n = s.size();
        double[][] wrapped = new double[n][3];
        int[][] shift = new int[n][3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                double f = s.site(i).frac(k);
                shift[i][k] = (int) Math.floor(f);
                wrapped[i][k] = f - shift[i][k];
            }
        }
        double[] pad = fractionalPadding(lat, cutoffAngstrom);
        int[] reach = new int[3];
        for (int k = 0; k < 3; k++) {
            reach[k] = (int) Math.ceil(pad[k]) + 1;
        }
        Map<Long, List<int[]>> bins = new HashMap<>();
        List<double[]> points = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            for (int a = -reach[0]; a <= reach[0]; a++) {
                for (int b = -reach[1]; b <= reach[1]; b++) {
                    for (int c = -reach[2]; c <= reach[2]; c++) {
                        double[] f = {wrapped[j][0] + a, wrapped[j][1] + b, wrapped[j][2] + c};
                        if (f[0] < -pad[0] || f[0] > 1 + pad[0] || f[1] < -pad[1] || f[1] > 1 + pad[1]
                                || f[2] < -pad[2] || f[2] > 1 + pad[2]) {
                            continue;
                        }
                        double[] x = lat.toCartesian(f);
                        int id = points.size();
                        points.add(x);
                        owners.add(new int[] {j, a, b, c});
                        bins.computeIfAbsent(key(x, cutoffAngstrom), k -> new ArrayList<>()).add(new int[] {id});
                    }
                }
            }
        }
        int[] offsets = new int[n + 1];
        List<double[]> rows = new ArrayList<>();
        double r2 = cutoffAngstrom * cutoffAngstrom;
        for (int i = 0; i < n; i++) {
            double[] xi = lat.toCartesian(wrapped[i]);
            long[] cell = {(long) Math.floor(xi[0] / cutoffAngstrom), (long) Math.floor(xi[1] / cutoffAngstrom),
                (long) Math.floor(xi[2] / cutoffAngstrom)};
            List<double[]> found = new ArrayList<>();
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (long dz = -1; dz <= 1; dz++) {
                        List<int[]> bin = bins.get(pack(cell[0] + dx, cell[1] + dy, cell[2] + dz));
                        if (bin == null) {
                            continue;
                        }
                        for (int[] p : bin) {
                            double[] xj = points.get(p[0]);
                            double ddx = xj[0] - xi[0];
                            double ddy = xj[1] - xi[1];
                            double ddz = xj[2] - xi[2];
                            double d2 = ddx * ddx + ddy * ddy + ddz * ddz;
                            if (d2 <= r2 * (1 + 1e-12) + 1e-16) {
                                double d = Math.sqrt(d2);
                                if (d <= SELF_TOLERANCE_ANGSTROM) {
                                    continue;
                                }
                                int[] o = owners.get(p[0]);
                                int j = o[0];
                                // image relative to the sites' coordinates as given (not wrapped)
                                found.add(new double[] {j, d, o[1] - shift[j][0] + shift[i][0],
                                    o[2] - shift[j][1] + shift[i][1], o[3] - shift[j][2] + shift[i][2]});
                            }
                        }
                    }
                }
            }
            found.sort((u, v) -> u[1] != v[1] ? Double.compare(u[1], v[1]) : Arrays.compare(u, v));
            rows.addAll(found);
            offsets[i + 1] = rows.size();
        }
        int m = rows.size();
        int[] neighbor = new int[m];
        double[] distance = new double[m];
        int[] image = new int[3 * m];
        for (int q = 0; q < m; q++) {
            double[] row = rows.get(q);
            neighbor[q] = (int) row[0];
            distance[q] = row[1];
            image[3 * q] = (int) row[2];
            image[3 * q + 1] = (int) row[3];
            image[3 * q + 2] = (int) row[4];
        }
        return new NeighborList(cutoffAngstrom, offsets, neighbor, distance, image);
    }

    /** r divided by the perpendicular width of the cell along each axis: how far (in fractions) to pad. */
    static double[] fractionalPadding(Lattice lat, double r) {
        double[] a = lat.vector(0);
        double[] b = lat.vector(1);
        double[] c = lat.vector(2);
        double volume = lat.volumeAngstrom3();
        return new double[] {r * Lattice.norm(cross(b, c)) / volume, r * Lattice.norm(cross(c, a)) / volume,
            r * Lattice.norm(cross(a, b)) / volume};
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static long key(double[] x, double edge) {
        return pack((long) Math.floor(x[0] / edge), (long) Math.floor(x[1] / edge), (long) Math.floor(x[2] / edge));
    }

    private static long pack(long i, long j, long k) {
        return ((i + 0x100000L) << 42) | ((j + 0x100000L) << 21) | (k + 0x100000L);
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
}
