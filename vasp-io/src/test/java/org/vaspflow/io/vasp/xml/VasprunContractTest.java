package org.vaspflow.io.vasp.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

class VasprunContractTest {
    static List<Object> fingerprint(Vasprun v) {
        return List.of(v.finalEnergyEv(), v.ionicSteps().size(), v.completeness(),
                v.dos().map(d -> Arrays.stream(d.total()).sum()).orElse(0.0),
                v.eigenvalues().map(e -> Arrays.stream(e.energiesEv()).sum()).orElse(0.0));
    }

    @Test
    void contract(@TempDir Path tmp) {
        ReaderContract.of((Path p) -> VasprunReader.read(p)).comparing(VasprunContractTest::fingerprint)
                .check(SharedData.data("lobster/nacl-v51-lcfo/vasprun.xml"), tmp);
    }

    /** The contract again on a file with every block: eigenvalues, total and projected DOS, projections. */
    @Test
    void contractWithProjections(@TempDir Path tmp) {
        ReaderContract.of((Path p) -> VasprunReader.read(p)).comparing(VasprunContractTest::fingerprint).cuts(120)
                .check(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/vasprun.xml"), tmp);
    }

    /** Stronger than the contract: every cut before {@code </modeling>} is flagged, none reads as complete. */
    @Test
    void everyCutIsFlaggedIncomplete() {
        byte[] plain = ReaderContract.plainBytes(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/vasprun.xml"));
        int end = new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("</modeling>");
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 150; i++) {
            int at = random.nextInt(end);
            try {
                Vasprun v = VasprunReader.parse("cut", new java.io.ByteArrayInputStream(plain, 0, at),
                        VasprunOptions.ALL);
                assertFalse(v.completeness().complete(), "cut at " + at);
                assertTrue(v.completeness().line() > 0, "cut at " + at + " has a line");
            } catch (org.vaspflow.io.parse.ParseException e) {
                assertTrue(e.line() >= 0, "cut at " + at);
            }
        }
    }

    /** A relaxation cut in its 4th ionic step keeps the three complete steps and says where it stopped. */
    @Test
    void truncatedRelaxationKeepsCompleteIonicSteps(@TempDir Path tmp) {
        byte[] plain = ReaderContract.plainBytes(SharedData.data("vasp/feo-afm-ldau-relax/vasprun.xml"));
        String text = new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1);
        int fourth = -1;
        for (int i = 0, at = 0; i < 4; i++) {
            at = text.indexOf("<calculation>", at + 1);
            fourth = at;
        }
        Path cut = ReaderContract.write(tmp.resolve("vasprun.xml"), Arrays.copyOf(plain, fourth + 500));
        Vasprun v = VasprunReader.read(cut);
        assertFalse(v.completeness().complete());
        assertTrue(v.completeness().line() > 0, "damage has a line");
        assertEquals(3, v.ionicSteps().size());
        assertEquals(-22.29015583, v.ionicSteps().get(2).eFrEnergyEv(), 1e-8);
    }
}
