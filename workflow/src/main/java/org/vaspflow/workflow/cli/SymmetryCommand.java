package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryDataset;
import org.vaspflow.workflow.inputs.StructureFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vaspflow symmetry STRUCTURE [--symprec 1e-3] --json}. */
@Command(name = "symmetry", mixinStandardHelpOptions = true,
        description = "Space group, operations and symmetry-distinct sites of a structure (spglib's conventions).")
public final class SymmetryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "POSCAR/CONTCAR, CIF, pymatgen JSON or vasprun.xml.")
    Path structure;

    @Option(names = "--symprec", defaultValue = "1e-3", description = "Distance tolerance in Å (default ${DEFAULT-VALUE}).")
    double symprec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Structure s = StructureFiles.read(structure);
        SymmetryDataset d = SpaceGroupAnalyzer.analyze(s, symprec);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", structure.toString());
            m.put("formula", s.formula());
            m.put("symprec", symprec);
            m.put("spacegroup_number", d.spaceGroupNumber());
            m.put("spacegroup_symbol", d.internationalSymbol());
            m.put("hall_symbol", d.type().hall());
            m.put("n_operations", d.nOperations());
            m.put("n_pure_translations", d.pureTranslations());
            m.put("n_distinct_sites", d.nDistinctSites());
            m.put("equivalent_sites", d.siteClasses());
            m.put("equivalent_atoms", d.equivalentAtoms());
            System.out.println(Json.MAPPER.writeValueAsString(m));
        } else {
            System.out.printf("%s  %s (%d)  %d operations  %d distinct sites%n", s.formula(), d.internationalSymbol(),
                    d.spaceGroupNumber(), d.nOperations(), d.nDistinctSites());
            System.out.println("site classes: " + Arrays.toString(d.siteClasses()));
        }
        return 0;
    }
}
