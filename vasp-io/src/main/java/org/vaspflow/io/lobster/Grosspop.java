package org.vaspflow.io.lobster;

import java.util.List;
import java.util.Map;

/**
 * GROSSPOP.lobster: Mulliken and Löwdin gross populations per atom and basis function (with "total"); for
 * spin-polarised files, one map per spin.
 */
public record Grosspop(List<Atom> atoms) {
    /**
     * @param mulliken per spin (one or two maps), basis function → population
     * @param loewdin same layout
     */
    public record Atom(int number, String element, List<Map<String, Double>> mulliken, List<Map<String, Double>> loewdin) {
    }
}
