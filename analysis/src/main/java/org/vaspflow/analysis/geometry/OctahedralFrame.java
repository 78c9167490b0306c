package org.vaspflow.analysis.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.NeighborList;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * The local frame of an octahedron: which rotation carries the Cartesian axes onto the octahedron's axes, how far
 * each octahedral axis leans from the nearest Cartesian axis, and how distorted the octahedron is.
 *
 * <p><b>Why.</b> VASP (LORBIT) and LOBSTER project on real spherical harmonics in the Cartesian frame of the cell;
 * d_xy, d_yz, d_xz mean t2g (π to the ligands) and d_z2, d_x2−y2 mean eg (σ) only when the M–L bonds lie along
 * x, y, z. When an axis leans by tens of degrees the t2g/eg (π/σ) split of a pDOS or orbital-wise ICOHP is mixed;
 * rotating the cell by {@link #alignmentRotation()} before the DOS/LOBSTER run makes it meaningful.
 *
 * <p><b>Fit.</b> The six nearest ligands L_k of the centre give unit vectors v_k. Each ligand is paired with the
 * one most nearly opposite (cos closest to −1, checked mutual). Ideal directions u_k = ±e_i are assigned pair by
 * pair (as a right-handed set), and the proper rotation R minimising Σ_k |R u_k − v_k|² is the orthogonal Procrustes / Kabsch solution
 * (Kabsch, Acta Cryst. A32, 922 (1976)): H = Σ_k u_k v_kᵀ = U S Vᵀ (SVD), R = V diag(1, 1, det(V Uᵀ)) Uᵀ. An
 * octahedron is unchanged by its 24 proper rotations g, so R g fits as well as R; the reported R is the one of
 * those 24 with the smallest rotation angle. Its columns are the octahedral axes x′, y′, z′ in Cartesian
 * coordinates; its angle θ = atan2(|w|/2, (tr R − 1)/2), w = (R₃₂−R₂₃, R₁₃−R₃₁, R₂₁−R₁₂), axis w/|w|. The tilt
 * of axis i is the angle between R e_i and the nearest of ±x, ±y, ±z: acos(max_j |R_ji|).
 *
 * <p><b>Distortion</b> (Robinson, Gibbs &amp; Ribbe, Science 172, 567 (1971)): quadratic elongation
 * ⟨λ⟩ = (1/6) Σ_k (l_k/l₀)², l₀ the centre–vertex distance of a regular octahedron of the same volume
 * (V = (4/3) l₀³; V is the sum of the 8 tetrahedra centre–face, the faces taking one ligand from each opposite
 * pair); bond-angle variance σ² = (1/11) Σ_{12 cis angles} (θ_i − 90°)², deg²; and the bond-length spread
 * max(l) − min(l), Å.
 *
 * @param centerSite 0-based site index
 * @param ligandSites the six ligand site indices in frame order +x′, −x′, +y′, −y′, +z′, −z′
 * @param ligandVectorsAngstrom centre→ligand vectors, Cartesian Å, same order
 * @param rotation R (ideal → measured), rows are Cartesian components, columns the octahedral axes
 * @param rotationAngleDeg θ of R
 * @param rotationAxis unit axis of R (any unit vector when θ = 0)
 * @param axisTiltDeg per octahedral axis x′, y′, z′: angle to the nearest Cartesian axis
 * @param warnings what the frame means for t2g/eg projections; a too-close seventh ligand; empty when none
 */
public record OctahedralFrame(int centerSite, int[] ligandSites, double[][] ligandVectorsAngstrom, double[][] rotation,
        double rotationAngleDeg, double[] rotationAxis, double[] axisTiltDeg, Distortion distortion,
        List<String> warnings) {

    /** Tilt above which the t2g/eg projections are reported as mixed, degrees. */
    public static final double DEFAULT_TILT_WARNING_DEG = 10.0;

    /**
     * @param bondLengthsAngstrom six centre–ligand distances in frame order
     * @param volumeAngstrom3 octahedron volume
     * @param quadraticElongation ⟨λ⟩ (1 for a regular octahedron)
     * @param bondAngleVarianceDeg2 σ² of the 12 cis angles about 90°
     */
    public record Distortion(double[] bondLengthsAngstrom, double meanBondAngstrom, double bondLengthSpreadAngstrom,
            double volumeAngstrom3, double quadraticElongation, double bondAngleVarianceDeg2, double[] cisAnglesDeg) {
    }

    /** The largest axis tilt, degrees. */
    public double maxTiltDeg() {
        return Math.max(axisTiltDeg[0], Math.max(axisTiltDeg[1], axisTiltDeg[2]));
    }

    /** Rᵀ: the rotation that turns the octahedron onto the Cartesian axes. */
    public double[][] alignmentRotation() {
        return Rotations.transpose(rotation);
    }

    /** The structure rotated so that this octahedron's axes lie along x, y, z (see {@link #rotated}). */
    public Structure aligned(Structure s) {
        return rotated(s, alignmentRotation());
    }

    /**
     * The structure with every Cartesian vector turned by {@code q} (x′ = q x): the lattice vectors rotate, the
     * fractional coordinates stay, so distances, angles and the POSCAR's site list are unchanged.
     */
    public static Structure rotated(Structure s, double[][] q) {
        double[][] m = s.lattice().matrix();
        double[][] out = new double[3][];
        for (int i = 0; i < 3; i++) {
            out[i] = Rotations.apply(q, m[i]);
        }
        List<Site> sites = new ArrayList<>(s.sites());
        return new Structure(Lattice.fromMatrix(out), sites, s.comment());
    }

    /** The frame of the octahedron of {@code ligand} atoms around site {@code center}, warning above 10°. */
    public static OctahedralFrame of(Structure s, int center, String ligand) {
        return of(s, center, ligand, DEFAULT_TILT_WARNING_DEG);
    }

    /** As {@link #of(Structure, int, String)} with a chosen warning threshold (degrees). */
    public static OctahedralFrame of(Structure s, int center, String ligand, double tiltWarningDeg) {
        Ligands lig = Ligands.nearestSix(s, center, ligand);
        double[][] v = lig.vectors();
        int[] partner = opposite(v, s, center);
        // pairs in order of first appearance: (a, partner[a])
        List<int[]> pairs = new ArrayList<>();
        boolean[] used = new boolean[6];
        for (int k = 0; k < 6; k++) {
            if (!used[k]) {
                used[k] = true;
                used[partner[k]] = true;
                pairs.add(new int[] {k, partner[k]});
            }
        }
        double[][] h = new double[3][3];
        for (int p = 0; p < 3; p++) {
            for (int sign = 0; sign < 2; sign++) {
                double[] vk = Rotations.unit(v[pairs.get(p)[sign]]);
                double u = sign == 0 ? 1 : -1;
                for (int j = 0; j < 3; j++) {
                    h[p][j] += u * vk[j];
                }
            }
        }
        if (Rotations.det(h[0], h[1], h[2]) < 0) {
            // the pairs were assigned to x, y, z as a left-handed set: flip one so that a proper rotation fits
            pairs.set(0, new int[] {pairs.get(0)[1], pairs.get(0)[0]});
            for (int j = 0; j < 3; j++) {
                h[0][j] = -h[0][j];
            }
        }
        double[][] r0 = kabsch(h);
        double[][] best = null;
        double bestAngle = Double.POSITIVE_INFINITY;
        for (double[][] g : Rotations.octahedralGroup()) {
            double[][] r = Rotations.multiply(r0, g);
            double a = Rotations.angleRad(r);
            if (a < bestAngle - 1e-12) {
                bestAngle = a;
                best = r;
            }
        }
        return build(s, center, lig, pairs, best, tiltWarningDeg);
    }

    private static OctahedralFrame build(Structure s, int center, Ligands lig, List<int[]> pairs, double[][] r,
            double tiltWarningDeg) {
        // order ligands as +x', -x', +y', -y', +z', -z' of the chosen frame
        int[] order = new int[6];
        for (int axis = 0; axis < 3; axis++) {
            double[] e = {r[0][axis], r[1][axis], r[2][axis]};
            for (int[] p : pairs) {
                double c = Rotations.dot(Rotations.unit(lig.vectors()[p[0]]), e);
                if (Math.abs(c) > 0.5) {
                    order[2 * axis] = c > 0 ? p[0] : p[1];
                    order[2 * axis + 1] = c > 0 ? p[1] : p[0];
                }
            }
        }
        int[] sites = new int[6];
        double[][] vec = new double[6][];
        for (int k = 0; k < 6; k++) {
            sites[k] = lig.sites()[order[k]];
            vec[k] = lig.vectors()[order[k]].clone();
        }
        double[] tilt = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            double m = 0;
            for (int j = 0; j < 3; j++) {
                m = Math.max(m, Math.abs(r[j][axis]));
            }
            tilt[axis] = Math.toDegrees(Math.atan2(Math.sqrt(Math.max(0, 1 - m * m)), m));
        }
        Distortion d = distortion(vec);
        List<String> warnings = new ArrayList<>(lig.warnings());
        double maxTilt = Math.max(tilt[0], Math.max(tilt[1], tilt[2]));
        if (maxTilt > tiltWarningDeg) {
            warnings.add(String.format(Locale.ROOT, "the octahedron around site %d leans %.1f deg from the Cartesian "
                    + "axes (threshold %.1f deg): t2g/eg (pi/sigma) projections of VASP/LOBSTER are mixed; rotate the "
                    + "cell by the alignment rotation before the DOS/LOBSTER run", center, maxTilt, tiltWarningDeg));
        }
        return new OctahedralFrame(center, sites, vec, r, Math.toDegrees(Rotations.angleRad(r)), Rotations.axis(r),
                tilt, d, warnings);
    }

    /** Partner of each ligand: the one most nearly opposite; the pairing must be mutual. */
    private static int[] opposite(double[][] v, Structure s, int center) {
        int[] partner = new int[6];
        for (int k = 0; k < 6; k++) {
            double best = 2;
            for (int j = 0; j < 6; j++) {
                double c = Rotations.dot(Rotations.unit(v[k]), Rotations.unit(v[j]));
                if (j != k && c < best) {
                    best = c;
                    partner[k] = j;
                }
            }
        }
        for (int k = 0; k < 6; k++) {
            if (partner[partner[k]] != k) {
                throw new IllegalArgumentException("the six nearest ligands of site " + center + " ("
                        + s.site(center).element().symbol() + ") do not form three opposite pairs: not an octahedron");
            }
        }
        return partner;
    }

    private static double[][] kabsch(double[][] h) {
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(h));
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double det = new org.apache.commons.math3.linear.LUDecomposition(v.multiply(u.transpose())).getDeterminant();
        RealMatrix d = MatrixUtils.createRealDiagonalMatrix(new double[] {1, 1, Math.signum(det)});
        return v.multiply(d).multiply(u.transpose()).getData();
    }

    private static Distortion distortion(double[][] vec) {
        double[] len = new double[6];
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int k = 0; k < 6; k++) {
            len[k] = Math.sqrt(Rotations.dot(vec[k], vec[k]));
            sum += len[k];
            min = Math.min(min, len[k]);
            max = Math.max(max, len[k]);
        }
        double volume = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 2; b < 4; b++) {
                for (int c = 4; c < 6; c++) {
                    volume += Math.abs(Rotations.det(vec[a], vec[b], vec[c])) / 6;
                }
            }
        }
        double l0 = Math.cbrt(3 * volume / 4);
        double lambda = 0;
        for (double l : len) {
            lambda += (l / l0) * (l / l0) / 6;
        }
        double[] cis = new double[12];
        int n = 0;
        double var = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = i + 1; j < 6; j++) {
                if (j / 2 == i / 2) {
                    continue; // trans pair
                }
                double c = Rotations.dot(vec[i], vec[j]) / (len[i] * len[j]);
                cis[n] = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
                var += (cis[n] - 90) * (cis[n] - 90) / 11;
                n++;
            }
        }
        return new Distortion(len, sum / 6, max - min, volume, lambda, var, cis);
    }
}
