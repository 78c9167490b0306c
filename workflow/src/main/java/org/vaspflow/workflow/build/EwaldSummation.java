package org.vaspflow.workflow.build;

import org.apache.commons.math3.special.Erf;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Structure;

/**
 * Electrostatic energy of point charges in a periodic cell by Ewald summation (P. P. Ewald, Ann. Phys. 369, 253
 * (1921)), in the form and with the defaults of pymatgen's {@code EwaldSummation} (after Toukmaji &amp; Board,
 * Comput. Phys. Commun. 95, 73 (1996)), so that energies agree with pymatgen's:
 *
 * <pre>
 *   E_real  = ½ C Σᵢ Σ_{j,L; 0&lt;r≤r_max} qᵢ qⱼ erfc(√η r) / r          r = |rⱼ + L − rᵢ|
 *   E_recip = C (2π/V) Σ_{G≠0, |G|≤g_max} exp(−G²/4η)/G² |Σⱼ qⱼ exp(iG·rⱼ)|²
 *   E_point = −C √(η/π) Σᵢ qᵢ²
 *   E_charged = −C π Q² / (2 V η)                                       (neutralising background, Q = Σ qᵢ)
 *   η = π (N w / V²)^⅓, w = 1/√2;  r_max = √(ln 10^acc)/√η;  g_max = 2 √η √(ln 10^acc), acc = 12
 * </pre>
 *
 * C = 10¹⁰ e / (4π ε₀) = 14.399645 eV·Å/e² (CODATA 2018, as scipy's constants), charges in e, lengths in Å.
 */
public final class EwaldSummation {
    /** e²/(4π ε₀) in eV·Å. */
    public static final double COULOMB_EV_ANGSTROM = 1e10 * 1.602176634e-19 / (4 * Math.PI * 8.8541878128e-12);
    private static final double ACCURACY_FACTOR = 12.0;

    /** The energy terms in eV, and the parameters used. */
    public record Energy(double totalEv, double realEv, double reciprocalEv, double pointEv, double chargedCellEv,
            double eta, double realCutAngstrom, double reciprocalCutInverseAngstrom) {
    }

    private EwaldSummation() {
    }

    /** Energy of the structure with charge {@code chargesE[i]} (e) on site i. */
    public static Energy energy(Structure s, double[] chargesE) {
        return pairs(s).energy(chargesE);
    }

    /**
     * The charge-independent part of the sum for a fixed set of positions, so that many charge assignments of one
     * cell (substitutions; vacancies as zero charges) cost one quadratic form each, as in pymatgen's
     * {@code EwaldMinimizer}. η and the cut-offs follow from this structure's site count and volume.
     */
    public static Pairs pairs(Structure s) {
        int n = s.size();
        double vol = s.lattice().volumeAngstrom3();
        double eta = Math.pow(n / Math.sqrt(2) / (vol * vol), 1.0 / 3) * Math.PI;
        double accf = Math.sqrt(Math.log(Math.pow(10, ACCURACY_FACTOR)));
        double rmax = accf / Math.sqrt(eta);
        double gmax = 2 * Math.sqrt(eta) * accf;
        double[][] cart = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] f = s.site(i).fracCoords();
            for (int k = 0; k < 3; k++) {
                f[k] -= Math.floor(f[k]);
            }
            cart[i] = s.lattice().toCartesian(f);
        }
        double[][] real = real(s.lattice(), cart, eta, rmax);
        double[][] recip = reciprocal(s.lattice(), cart, eta, gmax);
        return new Pairs(real, recip, vol, eta, rmax, gmax);
    }

    /** Pair sums per unit charges (eV), E_real = Σᵢⱼ qᵢ qⱼ realᵢⱼ and likewise for the reciprocal part. */
    public static final class Pairs {
        private final double[][] real;
        private final double[][] recip;
        private final double volume;
        private final double eta;
        private final double rmax;
        private final double gmax;

        private Pairs(double[][] real, double[][] recip, double volume, double eta, double rmax, double gmax) {
            this.real = real;
            this.recip = recip;
            this.volume = volume;
            this.eta = eta;
            this.rmax = rmax;
            this.gmax = gmax;
        }

        public int size() {
            return real.length;
        }

        /** The energy with these charges (e) on the sites; a zero charge is an empty site. */
        public Energy energy(double[] q) {
            if (q.length != real.length) {
                throw new IllegalArgumentException("one charge per site is needed");
            }
            double er = 0;
            double eg = 0;
            double charge = 0;
            double q2 = 0;
            for (int i = 0; i < q.length; i++) {
                if (q[i] == 0) {
                    continue;
                }
                charge += q[i];
                q2 += q[i] * q[i];
                for (int j = 0; j < q.length; j++) {
                    er += q[i] * q[j] * real[i][j];
                    eg += q[i] * q[j] * recip[i][j];
                }
            }
            double point = -COULOMB_EV_ANGSTROM * Math.sqrt(eta / Math.PI) * q2;
            double charged = -COULOMB_EV_ANGSTROM / 2 * Math.PI / volume / eta * charge * charge;
            return new Energy(er + eg + point + charged, er, eg, point, charged, eta, rmax, gmax);
        }
    }

    private static double[][] real(Lattice lattice, double[][] cart, double eta, double rmax) {
        int n = cart.length;
        int[] range = imageRange(lattice.reciprocalLatticeCrystallographic(), rmax);
        double sqrtEta = Math.sqrt(eta);
        double[][] out = new double[n][n];
        double[][] m = lattice.matrix();
        for (int a = -range[0]; a <= range[0]; a++) {
            for (int b = -range[1]; b <= range[1]; b++) {
                for (int c = -range[2]; c <= range[2]; c++) {
                    double lx = a * m[0][0] + b * m[1][0] + c * m[2][0];
                    double ly = a * m[0][1] + b * m[1][1] + c * m[2][1];
                    double lz = a * m[0][2] + b * m[1][2] + c * m[2][2];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            double dx = cart[j][0] + lx - cart[i][0];
                            double dy = cart[j][1] + ly - cart[i][1];
                            double dz = cart[j][2] + lz - cart[i][2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            if (r2 > 1e-16 && r2 <= rmax * rmax) {
                                double r = Math.sqrt(r2);
                                out[i][j] += 0.5 * COULOMB_EV_ANGSTROM * Erf.erfc(sqrtEta * r) / r;
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static double[][] reciprocal(Lattice lattice, double[][] cart, double eta, double gmax) {
        int n = cart.length;
        Lattice rec = lattice.reciprocalLattice();
        int[] range = imageRange(lattice.scaled(1 / (2 * Math.PI)), gmax);
        double[][] m = rec.matrix();
        double[][] out = new double[n][n];
        double[] cos = new double[n];
        double[] sin = new double[n];
        double pre = COULOMB_EV_ANGSTROM * 2 * Math.PI / lattice.volumeAngstrom3();
        for (int a = -range[0]; a <= range[0]; a++) {
            for (int b = -range[1]; b <= range[1]; b++) {
                for (int c = -range[2]; c <= range[2]; c++) {
                    double gx = a * m[0][0] + b * m[1][0] + c * m[2][0];
                    double gy = a * m[0][1] + b * m[1][1] + c * m[2][1];
                    double gz = a * m[0][2] + b * m[1][2] + c * m[2][2];
                    double g2 = gx * gx + gy * gy + gz * gz;
                    if (g2 == 0 || g2 > gmax * gmax) {
                        continue;
                    }
                    double w = pre * Math.exp(-g2 / (4 * eta)) / g2;
                    for (int j = 0; j < n; j++) {
                        double phase = gx * cart[j][0] + gy * cart[j][1] + gz * cart[j][2];
                        cos[j] = Math.cos(phase);
                        sin[j] = Math.sin(phase);
                    }
                    for (int i = 0; i < n; i++) {
                        double ci = w * cos[i];
                        double si = w * sin[i];
                        double[] row = out[i];
                        for (int j = 0; j < n; j++) {
                            row[j] += ci * cos[j] + si * sin[j];
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * How many cells along each axis a sphere of radius r can reach: r·|b*ᵢ| (+1 for positions anywhere in the
     * cell), with b* the reciprocal vectors of the lattice being summed over.
     */
    private static int[] imageRange(Lattice reciprocalOfSummed, double r) {
        double[] len = reciprocalOfSummed.abc();
        return new int[] {(int) Math.ceil(r * len[0]) + 1, (int) Math.ceil(r * len[1]) + 1, (int) Math.ceil(r * len[2]) + 1};
    }
}
