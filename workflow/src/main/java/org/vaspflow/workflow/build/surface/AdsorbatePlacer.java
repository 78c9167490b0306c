package org.vaspflow.workflow.build.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * Puts an adsorbate on an adsorption site, for several orientations, and keeps the placements whose atoms stay
 * clear of the slab.
 *
 * <p><b>Orientation.</b> The adsorbate's frame (x, y, z) is mapped to (ê₁, n̂ × ê₁, n̂) with ê₁ = a/|a| of the
 * slab and n̂ its normal; orientation k of N is a tilt by θ about the frame's x axis followed by a rotation by
 * 360°·k/N about z, both about the mean of the binding atoms.
 *
 * <p><b>Height.</b> With R_i the covalent radius ({@link CovalentRadii}) the binding point goes to the site point
 * plus h n̂, with h the smallest height at which every binding atom b is at least R_b + R_s from every atom s that
 * defines the site: h = max_{b,s} [ (x_s − p)·n̂ − z_b + √max(0, (R_b + R_s)² − ρ_bs²) ], where z_b is b's height in
 * the rotated frame and ρ_bs the in-plane distance of b from s. So on a top site the binding atom sits exactly one
 * covalent bond length above the surface atom, on bridge and hollow sites at that distance from the nearest one.
 *
 * <p><b>Rejection.</b> A placement is rejected when any adsorbate atom i comes closer to any slab atom j (any
 * periodic image) than {@code minDistanceRatio}·(R_i + R_j), or to a periodic image of the adsorbate itself
 * (then the in-plane cell is too small for it). The default ratio 0.75 lets the designed bonds (ratio 1) through
 * and refuses overlaps that are not bonds: atoms that close start a relaxation with forces of many eV/Å, which
 * VASP's optimisers handle badly (ZBRENT / BRIONS errors) or resolve by ejecting atoms.
 */
public final class AdsorbatePlacer {
    /** Placement settings. */
    public record Options(int orientations, List<Double> tiltsDeg, double minDistanceRatio) {
        public Options {
            if (orientations < 1) {
                throw new IllegalArgumentException("at least one orientation");
            }
            tiltsDeg = tiltsDeg.isEmpty() ? List.of(0.0) : List.copyOf(tiltsDeg);
            if (!(minDistanceRatio > 0 && minDistanceRatio <= 1)) {
                throw new IllegalArgumentException("minimum-distance ratio must be in (0, 1]");
            }
        }

        public static Options of(int orientations) {
            return new Options(orientations, List.of(0.0), 0.75);
        }
    }

    /** One accepted structure: slab + adsorbate, with what produced it. */
    public record Placement(Structure structure, AdsorptionSite site, double rotationDeg, double tiltDeg,
            double heightAngstrom, double minRatio, int[] adsorbateIndices) {
        @Override
        public int[] adsorbateIndices() {
            return adsorbateIndices.clone();
        }
    }

    /** One refused orientation and why. */
    public record Rejection(AdsorptionSite site, double rotationDeg, double tiltDeg, String reason) {
    }

    /** Accepted placements and rejected orientations. */
    public record Result(List<Placement> placements, List<Rejection> rejections) {
        public Result {
            placements = List.copyOf(placements);
            rejections = List.copyOf(rejections);
        }
    }

    private AdsorbatePlacer() {
    }

    /** Every orientation of {@code adsorbate} on each site. */
    public static Result place(Slab slab, Adsorbate adsorbate, List<AdsorptionSite> sites, Options options) {
        List<Placement> ok = new ArrayList<>();
        List<Rejection> bad = new ArrayList<>();
        for (AdsorptionSite site : sites) {
            for (double tilt : options.tiltsDeg()) {
                for (int k = 0; k < options.orientations(); k++) {
                    double rot = 360.0 * k / options.orientations();
                    double[][] xyz = oriented(slab, adsorbate, tilt, rot);
                    double h = height(adsorbate, site, xyz);
                    double[] p = site.positionAngstrom(h);
                    double[][] cart = new double[xyz.length][];
                    for (int i = 0; i < xyz.length; i++) {
                        cart[i] = IntMath.add(p, xyz[i], 1);
                    }
                    Check check = check(slab.structure(), adsorbate, cart, options.minDistanceRatio());
                    if (check.reason().isEmpty()) {
                        Built built = build(slab.structure(), adsorbate, cart);
                        ok.add(new Placement(built.structure(), site, rot, tilt, h, check.minRatio(), built.indices()));
                    } else {
                        bad.add(new Rejection(site, rot, tilt, check.reason()));
                    }
                }
            }
        }
        return new Result(ok, bad);
    }

    /** Adsorbate coordinates (binding mean at the origin) in slab Cartesian axes after tilt and rotation. */
    static double[][] oriented(Slab slab, Adsorbate adsorbate, double tiltDeg, double rotationDeg) {
        double[] n = slab.normal();
        double[] e1 = IntMath.unit(slab.structure().lattice().vector(0));
        e1 = IntMath.unit(IntMath.add(e1, n, -IntMath.dot(e1, n)));
        double[] e2 = IntMath.cross(n, e1);
        double t = Math.toRadians(tiltDeg);
        double r = Math.toRadians(rotationDeg);
        double[][] local = adsorbate.centredCoordinatesAngstrom();
        double[][] out = new double[local.length][];
        for (int i = 0; i < local.length; i++) {
            double x = local[i][0];
            double y = local[i][1] * Math.cos(t) - local[i][2] * Math.sin(t);
            double z = local[i][1] * Math.sin(t) + local[i][2] * Math.cos(t);
            double xr = x * Math.cos(r) - y * Math.sin(r);
            double yr = x * Math.sin(r) + y * Math.cos(r);
            out[i] = new double[] {xr * e1[0] + yr * e2[0] + z * n[0], xr * e1[1] + yr * e2[1] + z * n[1],
                xr * e1[2] + yr * e2[2] + z * n[2]};
        }
        return out;
    }

    /** The height h of the binding point above the site point (see the class comment). */
    static double height(Adsorbate adsorbate, AdsorptionSite site, double[][] xyz) {
        double[] n = site.normal();
        double[] p = site.surfacePointAngstrom();
        double h = Double.NEGATIVE_INFINITY;
        for (int b : adsorbate.binding()) {
            double rb = CovalentRadii.of(adsorbate.atoms().get(b).element());
            for (AdsorptionSite.Contact s : site.contacts()) {
                double[] d = IntMath.add(s.cartesianAngstrom(), IntMath.add(p, xyz[b], 1), -1);
                double along = IntMath.dot(d, n);
                double rho = IntMath.norm(IntMath.add(d, n, -along));
                double sum = rb + CovalentRadii.of(s.element());
                double need = along + Math.sqrt(Math.max(0, sum * sum - rho * rho));
                h = Math.max(h, need);
            }
        }
        return h;
    }

    private record Check(String reason, double minRatio) {
    }

    private static Check check(Structure slab, Adsorbate ads, double[][] cart, double ratio) {
        Lattice lat = slab.lattice();
        double worst = Double.POSITIVE_INFINITY;
        String reason = "";
        for (int i = 0; i < cart.length; i++) {
            Element ei = ads.atoms().get(i).element();
            double[] fi = lat.toFractional(cart[i]);
            for (int j = 0; j < slab.size(); j++) {
                double d = minImage(lat, fi, slab.site(j).fracCoords(), false);
                double r = d / (CovalentRadii.of(ei) + CovalentRadii.of(slab.site(j).element()));
                if (r < worst) {
                    worst = r;
                }
                if (r < ratio && reason.isEmpty()) {
                    reason = String.format(Locale.ROOT, "adsorbate %s%d is %.2f Å from slab atom %s%d (%.2f of the "
                            + "covalent-radius sum, limit %.2f)", ei.symbol(), i, d, slab.site(j).element().symbol(), j,
                            r, ratio);
                }
            }
            for (int j = 0; j < cart.length; j++) {
                double d = minImage(lat, fi, lat.toFractional(cart[j]), true);
                double r = d / (CovalentRadii.of(ei) + CovalentRadii.of(ads.atoms().get(j).element()));
                if (r < ratio && reason.isEmpty()) {
                    reason = String.format(Locale.ROOT, "adsorbate %s%d is %.2f Å from a periodic image of the "
                            + "adsorbate: the in-plane cell is too small (use a supercell)", ei.symbol(), i, d);
                }
            }
        }
        return new Check(reason, worst);
    }

    /** Shortest distance from fi to any image of fj; {@code otherImagesOnly} skips the zero translation. */
    private static double minImage(Lattice lat, double[] fi, double[] fj, boolean otherImagesOnly) {
        double[] d0 = new double[3];
        int[] base = new int[3];
        for (int k = 0; k < 3; k++) {
            double x = fj[k] - fi[k];
            base[k] = otherImagesOnly ? 0 : (int) Math.rint(x);
            d0[k] = x - base[k];
        }
        double best = Double.POSITIVE_INFINITY;
        for (int a = -2; a <= 2; a++) {
            for (int b = -2; b <= 2; b++) {
                for (int c = -1; c <= 1; c++) {
                    if (otherImagesOnly && a == 0 && b == 0 && c == 0) {
                        continue;
                    }
                    best = Math.min(best, IntMath.norm(lat.toCartesian(new double[] {d0[0] + a, d0[1] + b, d0[2] + c})));
                }
            }
        }
        return best;
    }

    private record Built(Structure structure, int[] indices) {
    }

    /**
     * Slab + adsorbate; each adsorbate atom goes right after the last slab atom of its element (so POSCAR keeps one
     * entry per element) or at the end; adsorbate atoms move freely, slab atoms keep their flags.
     */
    private static Built build(Structure slab, Adsorbate ads, double[][] cart) {
        List<Site> sites = new ArrayList<>(slab.sites());
        List<Integer> adsorbatePositions = new ArrayList<>();
        for (int i = 0; i < cart.length; i++) {
            double[] f = slab.lattice().toFractional(cart[i]);
            f[0] -= Math.floor(f[0]);
            f[1] -= Math.floor(f[1]);
            Element e = ads.atoms().get(i).element();
            int at = sites.size();
            for (int j = sites.size() - 1; j >= 0; j--) {
                if (sites.get(j).element() == e) {
                    at = j + 1;
                    break;
                }
            }
            for (int k = 0; k < adsorbatePositions.size(); k++) {
                if (adsorbatePositions.get(k) >= at) {
                    adsorbatePositions.set(k, adsorbatePositions.get(k) + 1);
                }
            }
            sites.add(at, new Site(e, f, "", Site.ALL_FREE));
            adsorbatePositions.add(at);
        }
        int[] idx = adsorbatePositions.stream().mapToInt(Integer::intValue).toArray();
        return new Built(slab.withSites(sites), idx);
    }
}
