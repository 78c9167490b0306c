package org.vaspflow.analysis.bonding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaspflow.analysis.dos.Pdos;
import org.vaspflow.io.lobster.Cohpcar;
import org.vaspflow.io.lobster.Icohplist;

/**
 * COHP (COOP, COBI) curves of chosen bonds from a COHPCAR / COOPCAR / COBICAR, per spin or summed, with the
 * integral up to E-fermi computed three ways.
 *
 * <p>Values are as LOBSTER writes them: pCOHP (negative = bonding), pCOOP and pCOBI (positive = bonding);
 * energies ε = E − E_F. For {@code total} the two spin channels are added point by point.
 *
 * <p>Integral up to E-fermi (Dronskowski &amp; Blöchl, J. Phys. Chem. 97, 8617 (1993): ICOHP = ∫^{E_F} pCOHP dE):
 * <ul>
 *   <li>{@code icohpWindow} = ∫_{ε₀}^{0} pCOHP dε by the trapezoid rule on the file's grid, the last interval cut
 *       at 0 by linear interpolation ({@link Pdos#integralToFermi}); ε₀ is the first grid point
 *       (LOBSTER's {@code COHPstartEnergy});</li>
 *   <li>{@code icohpBelowWindow} = the file's own integral column at ε₀: LOBSTER integrates from the lowest band,
 *       so this is what lies below the window;</li>
 *   <li>{@code icohpTrapezoid} = icohpBelowWindow + icohpWindow, the value comparable with ICOHPLIST;</li>
 *   <li>{@code icohpColumn} = the file's integral column linearly interpolated at ε = 0.</li>
 * </ul>
 * LOBSTER's ICOHPLIST and the COHPCAR integral column come from its own integration of the projected eigenvalues,
 * not from the written curve: on a fine grid (0.004 eV) the trapezoid agrees with both to 1e-5 eV, on a coarse one
 * (0.05–0.9 eV spacing) it differs by up to a few meV (see docs/bonding.md for the measured differences).
 *
 * @param kind COHP, COOP or COBI
 * @param curves one per selected label and spin
 */
public record CohpCurves(Icohplist.Kind kind, double[] energiesEv, List<Curve> curves) {
    public CohpCurves {
        curves = List.copyOf(curves);
    }

    /**
     * @param label {@code average} or the bond number as in the file
     * @param spin up, down or total
     * @param bond the data set (atoms, length)
     * @param values the curve as written (pCOHP, pCOOP, pCOBI)
     */
    public record Curve(String label, String spin, Cohpcar.DataSet bond, double[] values, double icohpWindow,
            double icohpBelowWindow, double icohpTrapezoid, double icohpColumn) {
        /** A legend text such as {@code No.3 Ga1-As5 (2.490 A) up}. */
        public String legend() {
            String who = bond.atom1().isEmpty() ? label : label.contains("+") ? "sum of No." + label
                    : "No." + label + " " + bond.atom1() + "-" + bond.atom2()
                    + String.format(Locale.ROOT, " (%.3f A)", bond.lengthAngstrom());
            return who + " " + spin;
        }
    }

    /**
     * Curves of {@code labels} for {@code spin}: {@code up}, {@code down}, {@code total} (sum), or {@code both} (up
     * and down, only up when the file has one spin). A label is {@code average}, a bond number ({@code 28}), or a
     * bond number with an orbital group of an orbital-wise file: {@code 28:sigma} (Σ of its eg–p sets),
     * {@code 28:pi} (Σ of its t2g–p sets) or one pair {@code 28:dxy-px}. Bonds joined by {@code +}
     * ({@code 28+29+44}, {@code 28+29:pi}) are summed point by point, as LobsterPy's summed plots.
     */
    public static CohpCurves of(Cohpcar file, List<String> labels, String spin) {
        String s = spin.toLowerCase(Locale.ROOT);
        if (!List.of("up", "down", "total", "both").contains(s)) {
            throw new IllegalArgumentException("spin must be up, down, total or both, was " + spin);
        }
        if (s.equals("down") && file.nSpins() < 2) {
            throw new IllegalArgumentException("spin down asked of a non-spin-polarised file");
        }
        List<String> spins = switch (s) {
            case "both" -> file.nSpins() == 2 ? List.of("up", "down") : List.of("up");
            case "total" -> List.of(file.nSpins() == 2 ? "total" : "up");
            default -> List.of(s);
        };
        List<Curve> out = new ArrayList<>();
        for (String label : labels) {
            String[] parts = label.strip().split(":");
            String[] bonds = parts[0].split("\\+");
            int set = find(file, bonds[0].strip());
            List<Integer> sets = new ArrayList<>();
            for (String b : bonds) {
                sets.addAll(parts.length == 1 ? List.of(find(file, b.strip())) : orbitalSets(file, b.strip(), parts[1]));
            }
            for (String sp : spins) {
                out.add(curve(file, set, sets, label.strip(), sp));
            }
        }
        return new CohpCurves(file.kind(), file.energiesEv().clone(), out);
    }

    private static int find(Cohpcar file, String label) {
        for (int i = 0; i < file.sets().size(); i++) {
            Cohpcar.DataSet d = file.sets().get(i);
            if (!d.isOrbitalResolved() && d.bondLabel().equalsIgnoreCase(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no bond labelled '" + label + "' in the " + file.kind()
                + "CAR (labels are 'average' and 1.." + (countBonds(file)) + ")");
    }

    private static long countBonds(Cohpcar file) {
        return file.sets().stream().filter(d -> !d.isOrbitalResolved() && !d.bondLabel().equals("average")).count();
    }

    /**
     * The orbital-resolved sets of a bond that form a group: {@code sigma} (eg–p terms, either order), {@code pi}
     * (t2g–p), or one orbital pair such as {@code dxy-px} (first orbital on the first atom), with the
     * classification of {@link IcohpOrbitalGroups}.
     */
    private static List<Integer> orbitalSets(Cohpcar file, String bond, String group) {
        String g = group.toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < file.sets().size(); i++) {
            Cohpcar.DataSet d = file.sets().get(i);
            if (!d.isOrbitalResolved() || !d.bondLabel().equals(bond)) {
                continue;
            }
            IcohpOrbitalGroups.Kind k1 = IcohpOrbitalGroups.kindOfBasis(d.orbital1());
            IcohpOrbitalGroups.Kind k2 = IcohpOrbitalGroups.kindOfBasis(d.orbital2());
            boolean keep = switch (g) {
                case "sigma" -> pair(k1, k2, IcohpOrbitalGroups.Kind.EG);
                case "pi" -> pair(k1, k2, IcohpOrbitalGroups.Kind.T2G);
                default -> g.equals(bare(d.orbital1()) + "-" + bare(d.orbital2()));
            };
            if (keep) {
                out.add(i);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("bond " + bond + " has no orbital-resolved set '" + group
                    + "' (sigma, pi or a pair like dxy-px; the COHPCAR must be written with 'orbitalwise')");
        }
        return out;
    }

    private static boolean pair(IcohpOrbitalGroups.Kind a, IcohpOrbitalGroups.Kind b, IcohpOrbitalGroups.Kind d) {
        return a == d && b == IcohpOrbitalGroups.Kind.P || a == IcohpOrbitalGroups.Kind.P && b == d;
    }

    private static String bare(String basis) {
        return basis.toLowerCase(Locale.ROOT).replaceFirst("^\\d+", "").replace("_", "").replace("^", "");
    }

    private static Curve curve(Cohpcar f, int bondSet, List<Integer> sets, String label, String spin) {
        int n = f.nEnergies();
        double[] v = new double[n];
        double[] column = new double[n];
        int[] spins = spin.equals("total") ? new int[] {0, 1} : spin.equals("down") ? new int[] {1} : new int[] {0};
        for (int set : sets) {
            for (int s : spins) {
                for (int e = 0; e < n; e++) {
                    v[e] += f.curve(s, set, e);
                    column[e] += f.integral(s, set, e);
                }
            }
        }
        double[] eps = f.energiesEv();
        double window = Pdos.integralToFermi(eps, v);
        return new Curve(label, spin, f.sets().get(bondSet), v, window, column[0], column[0] + window,
                interpolateAtZero(eps, column));
    }

    /** y linearly interpolated at x = 0 (clamped to the ends of the grid). */
    static double interpolateAtZero(double[] x, double[] y) {
        if (x[0] >= 0) {
            return y[0];
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] >= 0) {
                double t = -x[i - 1] / (x[i] - x[i - 1]);
                return y[i - 1] + t * (y[i] - y[i - 1]);
            }
        }
        return y[y.length - 1];
    }
}
