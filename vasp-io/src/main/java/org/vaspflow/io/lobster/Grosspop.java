package org.vaspflow.io.lobster;

import java.util.List;
import org.vaspflow.io.parse.Completeness;

/**
 * GROSSPOP.lobster: Mulliken and Löwdin gross populations (electrons) per atom and basis function, per spin
 * channel when the file gives them per spin.
 *
 * @param nSpins number of spin channels with their own columns (1 also for spin-polarised LOBSTER 4 files,
 *        which print the sum)
 * @param completeness incomplete when the last atom has no "total" row
 */
public record Grosspop(int nSpins, List<Atom> atoms, Completeness completeness) implements Completeness.Flagged {
    public Grosspop {
        atoms = List.copyOf(atoms);
    }

    /**
     * @param orbitals basis functions in file order ({@code 3s 2p_y 2p_z 2p_x}), without "total"
     * @param mulliken flat [spin][orbital]
     * @param loewdin flat [spin][orbital]
     * @param mullikenTotal the "total" row, per spin
     * @param loewdinTotal the "total" row, per spin
     */
    public record Atom(int number, String element, List<String> orbitals, double[] mulliken, double[] loewdin,
            double[] mullikenTotal, double[] loewdinTotal) {
        /** LOBSTER's atom label, {@code Li1}. */
        public String label() {
            return element + number;
        }

        public double mulliken(int spin, int orbital) {
            return mulliken[spin * orbitals.size() + orbital];
        }

        public double loewdin(int spin, int orbital) {
            return loewdin[spin * orbitals.size() + orbital];
        }
    }
}
