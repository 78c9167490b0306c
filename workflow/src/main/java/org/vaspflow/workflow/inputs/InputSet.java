package org.vaspflow.workflow.inputs;

import java.util.List;
import java.util.Optional;
import org.vaspflow.io.lobster.Lobsterin;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.Kpoints;

/**
 * The VASP inputs of one calculation: the structure as it will be written (sorted as the preset wants), INCAR,
 * KPOINTS, the POTCAR symbols (written as POTCAR.spec), the lobsterin of a LOBSTER step, plus where the values came
 * from and warnings found while building them.
 *
 * @param presetName the preset asked for
 * @param presetChain the preset, its parent, and so on
 * @param structure the structure to write as POSCAR
 * @param incar the INCAR
 * @param kpoints the KPOINTS
 * @param potcarSymbols POTCAR symbol per species, POSCAR order
 * @param lobsterin present for a LOBSTER preset
 * @param lobsterBasisFunctions number of LOBSTER basis functions (0 without LOBSTER)
 * @param provenance one line per table value, previous-calculation value and override used
 * @param warnings rules that changed a value (e.g. ISMEAR −5 → 0) or fell back
 */
public record InputSet(String presetName, List<String> presetChain, Structure structure, Incar incar,
        Kpoints kpoints, List<String> potcarSymbols, Optional<Lobsterin> lobsterin, int lobsterBasisFunctions,
        List<String> provenance, List<String> warnings) {
    public InputSet {
        presetChain = List.copyOf(presetChain);
        potcarSymbols = List.copyOf(potcarSymbols);
        provenance = List.copyOf(provenance);
        warnings = List.copyOf(warnings);
    }
}
