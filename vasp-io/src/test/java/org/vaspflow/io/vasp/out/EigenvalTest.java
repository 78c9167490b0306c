package org.vaspflow.io.vasp.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/** EIGENVAL agrees with the eigenvalues VASP wrote into vasprun.xml in the same run (to EIGENVAL's 6 decimals). */
class EigenvalTest {
    @Test
    void agreesWithVasprunOfTheSameRun() {
        Eigenval e = EigenvalReader.read(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/EIGENVAL"));
        Vasprun v = VasprunReader.read(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/vasprun.xml"), VasprunOptions.DEFAULT);
        Vasprun.Eigenvalues ve = v.eigenvalues().orElseThrow();
        assertEquals(ve.nSpins(), e.nSpins());
        assertEquals(ve.nKpoints(), e.nKpoints());
        assertEquals(ve.nBands(), e.nBands());
        for (int s = 0; s < e.nSpins(); s++) {
            for (int k = 0; k < e.nKpoints(); k++) {
                for (int b = 0; b < e.nBands(); b++) {
                    assertEquals(ve.energy(s, k, b), e.energy(s, k, b), 1e-4);
                }
            }
        }
        assertEquals(128.0, e.nElectrons());
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of(EigenvalReader::read)
                .comparing(e -> List.of(e.nKpoints(), e.nBands(), e.completeness(), java.util.Arrays.stream(e.energiesEv()).sum()))
                .check(SharedData.data("vasp/mg4v2bi2o12-dftu-doscar/EIGENVAL"), tmp);
    }
}
