package org.vaspflow.workflow.dag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.vaspflow.analysis.geometry.OctahedralFrame;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.workflow.build.SiteEnumeration;
import org.vaspflow.workflow.build.Supercells;
import org.vaspflow.workflow.inputs.StructureFiles;
import org.vaspflow.workflow.spec.Matrix;
import org.vaspflow.workflow.spec.MatrixPoint;
import org.vaspflow.workflow.spec.StepSpec;

/**
 * Builds the structure a calculation starts from. From the material's file: the supercell, then each
 * substitution (the dopant's {@code config}-th symmetry-distinct arrangement by Ewald energy), then the content
 * (vacancies in the arrangement of lowest Ewald energy), then the slab and adsorbate of every step on the way to
 * this one. From a parent's CONTCAR, only this step's own slab or adsorbate is applied: everything before is
 * already in the relaxed structure. Deterministic: the same node always gives the same structure, so a restarted
 * campaign and {@code vaspflow plan} write the same inputs.
 */
public final class StructureBuilder {
    /** Symmetry tolerance (Å) for the enumerations; matches {@code vaspflow enumerate}'s default. */
    public static final double SYMPREC_ANGSTROM = 1e-3;

    /** A structure and one line per transformation applied, for the folder's provenance. */
    public record Built(Structure structure, List<String> provenance) {
        public Built {
            provenance = List.copyOf(provenance);
        }
    }

    private final SurfaceSteps surfaces;

    public StructureBuilder(SurfaceSteps surfaces) {
        this.surfaces = surfaces;
    }

    /** The builder campaigns use: slabs and adsorbates from {@code build.surface}, the built-in adsorbate library. */
    public static StructureBuilder standard() {
        return new StructureBuilder(new SurfaceBuilder(org.vaspflow.workflow.build.surface.AdsorbateLibrary.builtIn()));
    }

    /**
     * @param start        the structure file the step starts from
     * @param fromMaterial whether {@code start} is the material's own file (else a parent's CONTCAR)
     */
    public Built build(CalcNode node, Path start, boolean fromMaterial) {
        List<String> notes = new ArrayList<>();
        Structure s = StructureFiles.read(start);
        notes.add("start: " + start.getFileName() + " (" + s.formula() + ", " + s.size() + " atoms)");
        List<StepSpec> chain = new ArrayList<>();
        if (fromMaterial) {
            s = bulk(node.point(), s, notes);
            chain.addAll(node.ancestors());
        }
        chain.add(node.step());
        for (StepSpec step : chain) {
            if (step.slab().isPresent()) {
                s = surfaces.slab(s, node.point().material().slab().orElse(step.slab().get()), notes);
            }
            if (step.adsorb()) {
                s = surfaces.adsorb(s, node.point().adsorbate().orElseThrow(), notes);
            }
        }
        if (!node.step().alignOctahedron().isEmpty()) {
            s = aligned(s, node.step().alignOctahedron(), notes);
        }
        return new Built(s, notes);
    }

    /**
     * The structure with its lattice rotated so that the octahedron around the first CENTER site has its axes along
     * x, y and z (fractional coordinates unchanged; {@link OctahedralFrame#aligned}).
     */
    static Structure aligned(Structure s, String centerLigands, List<String> notes) {
        for (String centerLigand : centerLigands.split(",")) {
            String[] cl = centerLigand.split("-");
            Element center = Element.of(cl[0]);
            java.util.OptionalInt site = java.util.stream.IntStream.range(0, s.size())
                    .filter(i -> s.site(i).element().equals(center)).findFirst();
            if (site.isPresent()) {
                OctahedralFrame frame = OctahedralFrame.of(s, site.getAsInt(), cl[1]);
                notes.add(String.format(java.util.Locale.ROOT, "cell rotated to align the %s octahedron of site %d "
                        + "with x, y, z (largest axis tilt before: %.2f°)", centerLigand, site.getAsInt(),
                        frame.maxTiltDeg()));
                return frame.aligned(s);
            }
        }
        notes.add("no " + centerLigands + " octahedron to align: cell not rotated");
        return s;
    }

    static Structure bulk(MatrixPoint p, Structure s, List<String> notes) {
        Matrix.Material m = p.material();
        if (!m.supercell().isEmpty()) {
            s = s.supercell(m.supercell().get(0), m.supercell().get(1), m.supercell().get(2));
            notes.add("supercell " + m.supercell() + ": " + s.size() + " atoms");
        } else if (m.supercellSize() > 0) {
            int[][] scaling = Supercells.mostCompact(s.lattice(), m.supercellSize(), m.inPlane());
            s = s.supercell(scaling);
            notes.add("supercell of " + m.supercellSize() + " cells" + (m.inPlane() ? " in plane" : "") + ", matrix "
                    + java.util.Arrays.deepToString(scaling) + ": " + s.size() + " atoms");
        }
        List<SiteEnumeration.Change> changes = new ArrayList<>();
        List<String> what = new ArrayList<>();
        p.dopant().ifPresent(d -> new TreeMap<>(d.substitute()).forEach((host, dopant) -> {
            changes.add(new SiteEnumeration.Change(Element.of(host), Optional.of(Element.of(dopant)), d.count()));
            what.add("dopant " + d.name() + ": " + d.count() + " " + host + " -> " + dopant);
        }));
        if (p.content().isPresent()) {
            Matrix.Content c = p.content().get();
            Element el = Element.of(c.element());
            int sites = (int) s.sites().stream().filter(site -> site.element().equals(el)).count();
            double kept = c.fraction() * sites;
            long keep = Math.round(kept);
            if (Math.abs(kept - keep) > 0.05) {
                throw new IllegalArgumentException("content " + c.name() + ": " + c.fraction() + " of " + sites + " "
                        + el.symbol() + " sites is " + String.format(java.util.Locale.ROOT, "%.3f", kept)
                        + ", not a whole number of atoms; choose a supercell with a multiple of "
                        + denominator(c.fraction()) + " " + el.symbol() + " sites");
            }
            if (keep < sites) {
                changes.add(new SiteEnumeration.Change(el, Optional.empty(), (int) (sites - keep)));
                what.add("content " + c.name() + ": " + (sites - keep) + " of " + sites + " " + el.symbol() + " removed");
            }
        }
        return changes.isEmpty() ? s : pick(s, changes, p.config(), String.join("; ", what), notes);
    }

    /**
     * The {@code config}-th symmetry-distinct configuration of all changes at once (dopants and vacancies are
     * enumerated together, so their arrangement is ranked jointly by Ewald energy).
     */
    private static Structure pick(Structure s, List<SiteEnumeration.Change> changes, int config, String what,
            List<String> notes) {
        SiteEnumeration.Result r = SiteEnumeration.enumerate(s, changes, SiteEnumeration.Options.defaults(
                SYMPREC_ANGSTROM));
        if (config >= r.configurations().size()) {
            throw new IllegalArgumentException(what + ": configuration " + (config + 1) + " was asked for, but the cell "
                    + "has only " + r.configurations().size() + " symmetry-distinct ones");
        }
        SiteEnumeration.Configuration c = r.configurations().get(config);
        notes.add(what + "; configuration " + (config + 1) + " of " + r.distinctConfigurations()
                + " symmetry-distinct" + (r.truncated() ? " (enumeration capped)" : "") + " (sites "
                + java.util.Arrays.toString(c.sites()) + ", Ewald energy " + (c.ewaldEnergyEv().isPresent()
                ? String.format(java.util.Locale.ROOT, "%.4f eV", c.ewaldEnergyEv().getAsDouble())
                : "n/a") + ", charges: " + r.chargeModel() + ")");
        return c.structure();
    }

    /** The smallest n ≤ 12 with n·fraction whole, for the error message. */
    private static int denominator(double fraction) {
        for (int n = 1; n <= 12; n++) {
            if (Math.abs(n * fraction - Math.round(n * fraction)) < 0.01) {
                return n;
            }
        }
        return 12;
    }
}
