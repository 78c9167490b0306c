package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.workflow.build.CompositionTarget;
import org.vaspflow.workflow.build.Supercells;
import org.vaspflow.workflow.inputs.StructureFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow supercell STRUCTURE (--size N [--in-plane] | --supercell a,b,c | --composition F [--formula-units N])
 * [--out POSCAR] [--json]}: the most compact supercell of a size (diagonal or not, e.g. √5×√5), or the smallest one
 * commensurate with a target composition, and why a requested cell cannot hold it.
 */
@Command(name = "supercell", mixinStandardHelpOptions = true,
        description = "Most compact supercell of a size, or the smallest one that holds a target composition.")
public final class SupercellCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "POSCAR/CONTCAR, CIF, pymatgen JSON or vasprun.xml.")
    Path structure;

    @Option(names = "--size", paramLabel = "N", description = "Number of cells (all Hermite normal forms of "
            + "determinant N are tried, the most compact kept).")
    Integer size;

    @Option(names = "--in-plane", description = "Enlarge only the a-b plane (c kept).")
    boolean inPlane;

    @Option(names = "--supercell", paramLabel = "a,b,c", split = ",", description = "Diagonal supercell (or nine numbers).")
    List<Integer> supercell = new ArrayList<>();

    @Option(names = "--composition", paramLabel = "FORMULA",
            description = "Target, e.g. Na0.6Li0.2Mn0.8O2 or Na[Li1/3Ru2/3]O2 (amounts per formula unit).")
    String composition;

    @Option(names = "--formula-units", paramLabel = "N", description = "With --composition: check that N formula "
            + "units can hold it and build the most compact cell of that many.")
    Integer formulaUnits;

    @Option(names = "--out", paramLabel = "POSCAR", description = "Write the supercell as a POSCAR.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Structure unit = StructureFiles.read(structure);
        Optional<CompositionTarget> target = Optional.ofNullable(composition).map(CompositionTarget::parse);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", structure.toString());
        doc.put("parent_formula", unit.formula());
        int[][] s = scaling(unit, target, doc);
        Structure cell = unit.supercell(s);
        doc.put("supercell", s);
        doc.put("n_cells", cell.size() / unit.size());
        doc.put("nsites", cell.size());
        doc.put("formula", cell.formula());
        doc.put("abc", cell.lattice().abc());
        doc.put("angles", cell.lattice().anglesDeg());
        doc.put("shortest_image_distance_A", Supercells.shortestVectorAngstrom(cell.lattice()));
        if (out != null) {
            PoscarWriter.write(Poscar.of(cell.withComment(cell.formula() + " supercell " + java.util.Arrays.deepToString(s))),
                    out);
            doc.put("written", out.toString());
        }
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(doc));
        } else {
            doc.forEach((k, v) -> System.out.println(k + ": " + (v instanceof int[][] m ? java.util.Arrays.deepToString(m)
                    : v instanceof double[] d ? java.util.Arrays.toString(d) : v)));
        }
        return 0;
    }

    private int[][] scaling(Structure unit, Optional<CompositionTarget> target, Map<String, Object> doc) {
        int z = 0;
        if (target.isPresent()) {
            CompositionTarget t = target.get();
            z = t.formulaUnitsIn(unit);
            doc.put("composition", t.formula());
            doc.put("formula_units_per_parent_cell", z);
            doc.put("smallest_formula_units", t.smallestFormulaUnits());
        }
        int[][] s;
        if (size != null) {
            s = Supercells.mostCompact(unit.lattice(), size, inPlane);
        } else if (supercell.size() == 3) {
            s = new int[][] {{supercell.get(0), 0, 0}, {0, supercell.get(1), 0}, {0, 0, supercell.get(2)}};
        } else if (supercell.size() == 9) {
            s = new int[][] {{supercell.get(0), supercell.get(1), supercell.get(2)},
                {supercell.get(3), supercell.get(4), supercell.get(5)}, {supercell.get(6), supercell.get(7), supercell.get(8)}};
        } else if (!supercell.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--supercell needs three numbers (2,2,1) or nine");
        } else if (target.isPresent() && formulaUnits != null) {
            target.get().whyNot(formulaUnits).ifPresent(msg -> {
                throw new IllegalArgumentException(msg);
            });
            if (formulaUnits % z != 0) {
                throw new IllegalArgumentException(formulaUnits + " formula units are not a whole number of cells of "
                        + z + " formula units");
            }
            s = Supercells.mostCompact(unit.lattice(), formulaUnits / z, inPlane);
        } else if (target.isPresent()) {
            s = Supercells.mostCompact(unit.lattice(), target.get().smallestCellMultiple(unit), inPlane);
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --size, --supercell or --composition");
        }
        if (target.isPresent()) {
            int det = Math.abs(det(s));
            target.get().whyNot(det * z).ifPresent(msg -> {
                throw new IllegalArgumentException(msg);
            });
            doc.put("formula_units_in_cell", det * z);
        }
        return s;
    }

    private static int det(int[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
