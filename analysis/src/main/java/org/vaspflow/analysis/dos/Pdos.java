package org.vaspflow.analysis.dos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sums, broadening and integrals of projected DOS selections.
 *
 * <p><b>Sum.</b> {@link #density} adds the projected density of every site the selection names (elements or
 * 0-based sites), every orbital of its set ({@link DosSelection}: s, p, d, f, t2g, eg or one lm orbital) and
 * every spin it names ({@code total} = up + down).
 *
 * <p><b>Gaussian broadening</b> ({@link #smear}) is pymatgen's {@code Dos.get_smeared_densities(sigma)} exactly,
 * i.e. {@code scipy.ndimage.gaussian_filter1d(ρ, σ/Δ̄)} with its defaults: Δ̄ = the mean spacing of the energy
 * grid, σ_pts = σ_eV/Δ̄; the kernel is w_k = exp(−k²/(2σ_pts²)) for k = −r…r, r = ⌊4σ_pts + 0.5⌋, normalised so
 * that Σ w_k = 1 (a discrete normalisation: the sum of the density, not its integral over a non-uniform grid, is
 * conserved); the edges are extended by reflection about the half-sample point (scipy mode {@code reflect}:
 * … ρ₁ ρ₀ | ρ₀ ρ₁ … ρ_{n−1} | ρ_{n−1} ρ_{n−2} …).
 *
 * <p><b>Electron count</b> ({@link #integralToFermi}): N = ∫_{ε₀}^{0} ρ(ε) dε by the trapezoid rule on the grid,
 * the last interval cut at ε = 0 with ρ linearly interpolated there (so the count does not jump when E-fermi
 * moves within a grid interval). For {@code total} this is the electron count of the selection; for one spin,
 * that spin's.
 */
public final class Pdos {
    private Pdos() {
    }

    /** The summed density of {@code sel} on the grid of {@code dos}, states/eV. */
    public static double[] density(ProjectedDos dos, DosSelection sel) {
        int[] spins = switch (sel.spin()) {
            case "up" -> new int[] {0};
            case "down" -> {
                if (dos.nSpins() < 2) {
                    throw new IllegalArgumentException("spin down asked of a non-spin-polarised DOS: " + dos.source());
                }
                yield new int[] {1};
            }
            default -> dos.nSpins() == 2 ? new int[] {0, 1} : new int[] {0};
        };
        double[] rho = new double[dos.nEnergies()];
        int sites = 0;
        int orbitals = 0;
        for (int site = 0; site < dos.nSites(); site++) {
            if (!includes(sel, dos, site)) {
                continue;
            }
            sites++;
            List<String> names = dos.orbitalsPerSite().get(site);
            for (int o = 0; o < names.size(); o++) {
                if (!sel.matches(names.get(o))) {
                    continue;
                }
                orbitals++;
                for (int s : spins) {
                    for (int e = 0; e < rho.length; e++) {
                        rho[e] += dos.density(site, s, o, e);
                    }
                }
            }
        }
        if (sites == 0) {
            throw new IllegalArgumentException("no site matches " + describe(sel) + " in " + dos.source());
        }
        if (orbitals == 0) {
            throw new IllegalArgumentException("no orbital '" + sel.orbitals() + "' on the selected sites of "
                    + dos.source() + " (orbitals there: " + dos.orbitalsPerSite().get(firstSite(sel, dos)) + ")");
        }
        return rho;
    }

    private static int firstSite(DosSelection sel, ProjectedDos dos) {
        for (int i = 0; i < dos.nSites(); i++) {
            if (includes(sel, dos, i)) {
                return i;
            }
        }
        return 0;
    }

    private static boolean includes(DosSelection sel, ProjectedDos dos, int site) {
        if (!sel.sites().isEmpty()) {
            return sel.sites().contains(site);
        }
        if (sel.elements().isEmpty()) {
            return true;
        }
        if (dos.species().size() <= site) {
            throw new IllegalArgumentException("selecting by element needs the species of each site (POSCAR beside "
                    + "DOSCAR): " + dos.source());
        }
        return sel.elements().contains(dos.species().get(site));
    }

    /** Gaussian broadening of {@code rho} by {@code sigmaEv}, exactly as pymatgen/scipy (see class comment). */
    public static double[] smear(double[] energiesEv, double[] rho, double sigmaEv) {
        if (!(sigmaEv > 0)) {
            throw new IllegalArgumentException("broadening sigma must be positive, was " + sigmaEv);
        }
        int n = rho.length;
        double meanStep = (energiesEv[n - 1] - energiesEv[0]) / (n - 1);
        double sd = sigmaEv / meanStep;
        int radius = (int) (4.0 * sd + 0.5);
        double[] w = new double[2 * radius + 1];
        double norm = 0;
        for (int k = -radius; k <= radius; k++) {
            w[k + radius] = Math.exp(-0.5 * k * k / (sd * sd));
            norm += w[k + radius];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int k = -radius; k <= radius; k++) {
                acc += w[k + radius] * rho[reflect(i + k, n)];
            }
            out[i] = acc / norm;
        }
        return out;
    }

    /** scipy's 'reflect' boundary: the signal mirrored about its half-sample edges, periodic with 2n. */
    static int reflect(int i, int n) {
        int m = Math.floorMod(i, 2 * n);
        return m < n ? m : 2 * n - 1 - m;
    }

    /** ∫ ρ dε from the first grid point up to ε = 0 (trapezoid, last interval cut at 0; see class comment). */
    public static double integralToFermi(double[] eps, double[] rho) {
        double sum = 0;
        for (int i = 1; i < eps.length; i++) {
            if (eps[i - 1] >= 0) {
                break;
            }
            if (eps[i] <= 0) {
                sum += 0.5 * (rho[i] + rho[i - 1]) * (eps[i] - eps[i - 1]);
            } else {
                double t = -eps[i - 1] / (eps[i] - eps[i - 1]);
                double at0 = rho[i - 1] + t * (rho[i] - rho[i - 1]);
                sum += 0.5 * (at0 + rho[i - 1]) * (0 - eps[i - 1]);
            }
        }
        return sum;
    }

    /**
     * Parses a selection {@code WHO:ORB[:SPIN]}: WHO is an element ({@code Ru}), several joined by {@code +}
     * ({@code Ru+Ir}), 0-based site indices ({@code 0+3}), or {@code *} for every site; ORB an orbital set
     * ({@code d}, {@code t2g}, {@code eg}, {@code dxy}, {@code p}, …); SPIN {@code total}, {@code up} or
     * {@code down} (default {@code defaultSpin}).
     */
    public static DosSelection parse(String text, String defaultSpin) {
        String[] p = text.strip().split(":");
        if (p.length < 2 || p.length > 3 || p[0].isBlank() || p[1].isBlank()) {
            throw new IllegalArgumentException("a selection is WHO:ORBITAL[:SPIN], e.g. Ru:d, Ru:t2g:up, 0+3:eg; got '"
                    + text + "'");
        }
        List<String> elements = new ArrayList<>();
        List<Integer> sites = new ArrayList<>();
        if (!p[0].equals("*")) {
            for (String w : p[0].split("\\+")) {
                String t = w.strip();
                if (t.matches("\\d+")) {
                    sites.add(Integer.parseInt(t));
                } else if (t.matches("[A-Z][a-z]?")) {
                    elements.add(t);
                } else {
                    throw new IllegalArgumentException("'" + t + "' in '" + text + "' is neither an element nor a site index");
                }
            }
        }
        String orb = p[1].strip().toLowerCase(Locale.ROOT);
        if (!orb.matches("s|p|d|f|t2g|eg|p[xyz]|dxy|dyz|dxz|dz2|dx2-y2|dx2|x2-y2|f.*")) {
            throw new IllegalArgumentException("unknown orbital set '" + p[1] + "' in '" + text
                    + "' (s, p, d, f, t2g, eg, px, py, pz, dxy, dyz, dz2, dxz, dx2-y2)");
        }
        return new DosSelection(elements, sites, orb, p.length == 3 ? p[2].strip() : defaultSpin);
    }

    /** The selection written back as {@code WHO:ORB:SPIN}. */
    public static String describe(DosSelection sel) {
        String who = !sel.elements().isEmpty() ? String.join("+", sel.elements())
                : sel.sites().isEmpty() ? "*" : String.join("+", sel.sites().stream().map(String::valueOf).toList());
        return who + ":" + sel.orbitals() + ":" + sel.spin();
    }

    /** True when the orbital set is d-type (d, t2g, eg or one d orbital): its band centre is worth marking. */
    public static boolean isD(DosSelection sel) {
        String o = sel.orbitals();
        return o.equals("d") || o.equals("t2g") || o.equals("eg") || o.startsWith("d") || o.equals("x2-y2");
    }
}
