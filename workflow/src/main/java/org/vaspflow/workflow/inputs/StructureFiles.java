package org.vaspflow.workflow.inputs;

import java.nio.file.Path;
import org.vaspflow.io.cif.CifReader;
import org.vaspflow.io.json.PymatgenStructureJson;
import org.vaspflow.io.parse.FileFormat;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/** Reads a structure from any file that holds one: POSCAR/CONTCAR, CIF, pymatgen JSON, vasprun.xml (final). */
public final class StructureFiles {
    private StructureFiles() {
    }

    public static Structure read(Path file) {
        FileFormat format = FileFormat.detect(file)
                .orElseThrow(() -> new ParseException(file, 0, 0, "", "not a structure file vaspflow knows"));
        return switch (format) {
            case POSCAR -> PoscarReader.read(file).structure();
            case CIF -> CifReader.read(file);
            case PYMATGEN_JSON -> PymatgenStructureJson.read(file);
            case VASPRUN -> VasprunReader.read(file, VasprunOptions.STRUCTURES_ONLY).lastStructure();
            default -> throw new ParseException(file, 0, 0, "", "a " + format.key() + " file holds no structure");
        };
    }
}
