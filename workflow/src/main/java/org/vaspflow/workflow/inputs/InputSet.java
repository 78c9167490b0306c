package org.vaspflow.workflow.inputs;

import java.util.List;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.Kpoints;

/**
 * The VASP inputs of one calculation: the structure as it will be written (sorted as the preset wants), INCAR,
 * KPOINTS and the POTCAR symbols (written as POTCAR.spec), plus warnings found while building them.
 */
public record InputSet(String presetName, Structure structure, Incar incar, Kpoints kpoints, List<String> potcarSymbols,
        List<String> warnings) {
}
