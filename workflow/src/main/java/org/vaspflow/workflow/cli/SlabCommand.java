package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.workflow.build.surface.MillerIndex;
import org.vaspflow.workflow.build.surface.Slab;
import org.vaspflow.workflow.build.surface.SlabEdits;
import org.vaspflow.workflow.build.surface.SlabGenerator;
import org.vaspflow.workflow.build.surface.SlabMatcher;
import org.vaspflow.workflow.build.surface.SlabOptions;
import org.vaspflow.workflow.inputs.StructureFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow slab STRUCTURE --hkl 1,0,4 --thickness 12 --vacuum 15 [--symmetric] [--termination I]
 * [--fix-bottom 2] [--supercell 2,2] --out DIR [--json]}: one POSCAR per termination ({@code DIR/slab-tI/POSCAR})
 * and {@code DIR/slabs.json}.
 */
@Command(name = "slab", mixinStandardHelpOptions = true,
        description = "Cut slabs (every distinct termination) from a bulk structure, as pymatgen's SlabGenerator.")
public final class SlabCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "Bulk: POSCAR/CONTCAR, CIF, pymatgen JSON or vasprun.xml.")
    Path structure;

    @Option(names = "--hkl", required = true, description = "Miller indices, e.g. 1,0,4.")
    String hkl;

    @Option(names = "--thickness", defaultValue = "10", description = "Minimum slab size, Å (default ${DEFAULT-VALUE}).")
    double thickness;

    @Option(names = "--vacuum", defaultValue = "15", description = "Minimum vacuum, Å (default ${DEFAULT-VALUE}).")
    double vacuum;

    @Option(names = "--in-planes", description = "Count --thickness and --vacuum in d(hkl) planes instead of Å.")
    boolean inPlanes;

    @Option(names = "--symmetric", description = "Only slabs whose two surfaces are equivalent (atoms removed if needed).")
    boolean symmetric;

    @Option(names = "--termination", description = "Write only termination I (0-based, as listed).")
    Integer termination;

    @Option(names = "--fix-bottom", description = "Fix this many bottom layers (selective dynamics F F F).")
    Integer fixLayers;

    @Option(names = "--fix-bottom-angstrom", description = "Fix atoms within this many Å of the bottom atom.")
    Double fixAngstrom;

    @Option(names = "--layer-tolerance", defaultValue = "0.1", description = "Atoms within this height (Å) form one layer (default ${DEFAULT-VALUE}).")
    double layerTolerance;

    @Option(names = "--supercell", description = "In-plane supercell: n1,n2 (diagonal) or m11,m12,m21,m22 (e.g. 1,1,-1,1 for √2×√2).")
    String supercell;

    @Option(names = "--orthogonal-c", description = "Make the third vector perpendicular to the surface (atoms kept in place).")
    boolean orthogonalC;

    @Option(names = "--bottom", description = "Put the slab at the bottom of the cell instead of the centre.")
    boolean bottom;

    @Option(names = "--out", required = true, description = "Folder to write.")
    Path out;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (fixLayers != null && fixAngstrom != null) {
            throw new IllegalArgumentException("give --fix-bottom or --fix-bottom-angstrom, not both");
        }
        Structure bulk = StructureFiles.read(structure);
        MillerIndex m = MillerIndex.parse(hkl);
        SlabOptions options = SlabOptions.of(thickness, vacuum).withInUnitPlanes(inPlanes).withCentre(!bottom);
        SlabGenerator gen = new SlabGenerator(bulk, m, options);
        List<Slab> slabs = symmetric ? gen.symmetricTerminations() : gen.terminations();
        if (slabs.isEmpty()) {
            throw new IllegalArgumentException("no " + (symmetric ? "symmetric " : "") + "slab for " + m
                    + (symmetric ? " (try a thicker slab)" : ""));
        }
        if (termination != null && (termination < 0 || termination >= slabs.size())) {
            throw new IllegalArgumentException("--termination " + termination + ": there are " + slabs.size()
                    + " terminations (0.." + (slabs.size() - 1) + ")");
        }
        Files.createDirectories(out);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < slabs.size(); i++) {
            Slab s = edit(slabs.get(i));
            Map<String, Object> row = summary(i, s);
            if (termination == null || termination == i) {
                Path dir = out.resolve("slab-t" + i);
                Files.createDirectories(dir);
                PoscarWriter.write(Poscar.of(s.structure()), dir.resolve("POSCAR"));
                row.put("file", dir.resolve("POSCAR").toString());
            }
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("bulk", structure.toString());
        doc.put("bulk_formula", bulk.formula());
        doc.put("hkl", m.reduced().toArray());
        doc.put("oriented_cell_scale_factor", gen.orientedUnitCell().scaleFactor());
        doc.put("d_hkl", gen.orientedUnitCell().dHklAngstrom());
        doc.put("symmetric", symmetric);
        doc.put("terminations", rows);
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.resolve("slabs.json").toFile(), doc);
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(doc));
        } else {
            for (Map<String, Object> r : rows) {
                System.out.printf(Locale.ROOT, "t%s  %-14s %4s atoms  shift %.4f  area %.2f Å²  thickness %.2f Å  %s%n",
                        r.get("index"), r.get("formula"), r.get("natoms"), (double) r.get("shift"),
                        (double) r.get("surface_area"), (double) r.get("thickness"), r.getOrDefault("file", ""));
            }
        }
        return 0;
    }

    private Slab edit(Slab s) {
        if (orthogonalC) {
            s = SlabEdits.orthogonalC(s);
        }
        if (supercell != null) {
            s = SlabEdits.inPlaneSupercell(s, supercellMatrix(supercell));
        }
        if (fixLayers != null) {
            s = SlabEdits.fixBottomLayers(s, fixLayers, layerTolerance);
        } else if (fixAngstrom != null) {
            s = SlabEdits.fixBottomAngstrom(s, fixAngstrom);
        }
        return s;
    }

    static int[][] supercellMatrix(String text) {
        String[] f = text.strip().split("[,\\sx]+");
        try {
            if (f.length == 2) {
                return new int[][] {{Integer.parseInt(f[0]), 0}, {0, Integer.parseInt(f[1])}};
            }
            if (f.length == 4) {
                return new int[][] {{Integer.parseInt(f[0]), Integer.parseInt(f[1])},
                    {Integer.parseInt(f[2]), Integer.parseInt(f[3])}};
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--supercell needs integers, got '" + text + "'", e);
        }
        throw new IllegalArgumentException("--supercell needs 2 (n1,n2) or 4 (m11,m12,m21,m22) integers, got '" + text + "'");
    }

    private Map<String, Object> summary(int i, Slab s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("index", i);
        row.put("shift", s.shift());
        row.put("formula", s.structure().formula());
        row.put("natoms", s.structure().size());
        row.put("surface_area", s.surfaceAreaAngstrom2());
        row.put("thickness", s.thicknessAngstrom());
        row.put("vacuum", s.vacuumAngstrom());
        Structure st = s.structure();
        row.put("symmetric_surfaces", SlabMatcher.isSymmetric(st, 0.1 * Math.cbrt(st.lattice().volumeAngstrom3() / st.size())));
        row.put("layers", SlabEdits.layers(s, layerTolerance).size());
        row.put("fixed_atoms", s.structure().sites().stream().filter(x -> x.isConstrained()).count());
        row.put("lattice", s.structure().lattice().matrix());
        return row;
    }
}
