package org.vaspflow.analysis.bonding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vaspflow.io.lobster.Icohplist;

/**
 * σ and π parts of bonds from an orbital-wise ICOHPLIST (LOBSTER ≥ 3 with {@code cohpGenerator … orbitalwise}).
 *
 * <p>Definition (recorded with every result): an orbital term μ–ν of a bond counts as
 * <ul>
 *   <li><b>σ (eg–p)</b> when one orbital is d_z², d_x²−y² and the other p_x, p_y or p_z;</li>
 *   <li><b>π (t2g–p)</b> when one is d_xy, d_yz or d_xz and the other p_x, p_y or p_z;</li>
 * </ul>
 * either order (μ on the first atom or on the second). σ = Σ ICOHP(eg–p terms), π = Σ ICOHP(t2g–p terms), both
 * integrated up to E-fermi as LOBSTER lists them; {@code total} is the bond's own ICOHP. The names refer to the
 * Cartesian axes of the calculation: they mean σ/π only when the octahedra are aligned with x, y, z (see
 * {@code analysis.geometry.OctahedralFrame}); for tilted octahedra the split is mixed. Spin: {@code total} adds the
 * two channels of each term, {@code up}/{@code down} take one. Bonds without orbital terms are left out.
 */
public final class IcohpOrbitalGroups {
    private IcohpOrbitalGroups() {
    }

    /**
     * @param sigma Σ eg–p terms
     * @param pi Σ t2g–p terms
     * @param total the bond's ICOHP
     * @param terms number of orbital terms of the bond
     */
    public record BondGroups(Icohplist.Bond bond, String pair, double sigma, double pi, double total, int terms) {
    }

    /** Per element pair: count of bonds, sums and means of σ, π and total. */
    public record PairGroups(String pair, int count, double sigmaSum, double piSum, double totalSum, double sigmaMean,
            double piMean, double totalMean) {
    }

    /** The kind of one LOBSTER orbital name ({@code Re1_5d_x^2-y^2} → eg, {@code O2_2p_x} → p). */
    enum Kind { EG, T2G, P, OTHER }

    static Kind kind(String orbital) {
        int u = orbital.indexOf('_');
        return kindOfBasis(u >= 0 ? orbital.substring(u + 1) : orbital);
    }

    /** The kind of a basis-function name without atom ({@code 5d_x^2-y^2} → eg, {@code 2p_x} → p). */
    static Kind kindOfBasis(String basis) {
        String o = basis.toLowerCase(Locale.ROOT).replaceFirst("^\\d+", "").replace("_", "").replace("^", "");
        return switch (o) {
            case "dz2", "dx2-y2" -> Kind.EG;
            case "dxy", "dyz", "dxz" -> Kind.T2G;
            case "px", "py", "pz" -> Kind.P;
            default -> Kind.OTHER;
        };
    }

    /** σ, π and total of every bond that has orbital terms, in file order. */
    public static List<BondGroups> perBond(List<Icohplist.Bond> bonds, String spin) {
        List<BondGroups> out = new ArrayList<>();
        for (Icohplist.Bond b : bonds) {
            if (b.orbitals().isEmpty()) {
                continue;
            }
            double sigma = 0;
            double pi = 0;
            for (Icohplist.OrbitalTerm t : b.orbitals()) {
                Kind k1 = kind(t.orbital1());
                Kind k2 = kind(t.orbital2());
                double v = value(t, spin);
                if (k1 == Kind.EG && k2 == Kind.P || k1 == Kind.P && k2 == Kind.EG) {
                    sigma += v;
                } else if (k1 == Kind.T2G && k2 == Kind.P || k1 == Kind.P && k2 == Kind.T2G) {
                    pi += v;
                }
            }
            String pair = IcohpAggregation.pairName(Icohplist.Bond.element(b.atom1()), Icohplist.Bond.element(b.atom2()));
            out.add(new BondGroups(b, pair, sigma, pi, IcohpAggregation.value(b, spin), b.orbitals().size()));
        }
        return out;
    }

    /** Per-pair sums and means of σ, π and total, pairs sorted by name. */
    public static Map<String, PairGroups> byPair(List<BondGroups> bonds) {
        Map<String, List<BondGroups>> groups = new TreeMap<>();
        for (BondGroups g : bonds) {
            groups.computeIfAbsent(g.pair(), k -> new ArrayList<>()).add(g);
        }
        Map<String, PairGroups> out = new LinkedHashMap<>();
        groups.forEach((pair, list) -> {
            double s = 0;
            double p = 0;
            double t = 0;
            for (BondGroups g : list) {
                s += g.sigma();
                p += g.pi();
                t += g.total();
            }
            int n = list.size();
            out.put(pair, new PairGroups(pair, n, s, p, t, s / n, p / n, t / n));
        });
        return out;
    }

    private static double value(Icohplist.OrbitalTerm t, String spin) {
        return switch (spin) {
            case "up" -> t.up();
            case "down" -> {
                if (Double.isNaN(t.down())) {
                    throw new IllegalArgumentException("spin down asked of a non-spin-polarised list");
                }
                yield t.down();
            }
            default -> Double.isNaN(t.down()) ? t.up() : t.up() + t.down();
        };
    }
}
