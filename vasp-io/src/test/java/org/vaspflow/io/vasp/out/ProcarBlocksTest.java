package org.vaspflow.io.vasp.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/**
 * {@link ProcarBlocks} (windows on two cores) against the line-by-line reading of the same text: the same arrays,
 * completeness, or the same error at the same line and column, for a real PROCAR, a spin-polarised one made from
 * it (a counts line in the middle), and damaged and cut copies.
 */
class ProcarBlocksTest {
    private static final String REAL = new String(ReaderContract.plainBytes(SharedData.data(
            "vasp/procar-lm-8ions/PROCAR.gz")), StandardCharsets.ISO_8859_1);

    @Test
    void realAndSpinPolarisedFilesReadTheSameInBlocks() {
        assertTrue(REAL.length() > 1_000_000, "the blocks need a file of several windows' halves");
        same(REAL);
        int counts = REAL.indexOf("# of k-points");
        same(REAL + REAL.substring(counts));
    }

    @Test
    void damageAndCutsAreReportedAsLineByLine() {
        Random random = new Random(17);
        for (int t = 0; t < 12; t++) {
            int at = REAL.length() / 4 + random.nextInt(REAL.length() / 2);
            same(REAL.substring(0, at));
            char[] damaged = REAL.toCharArray();
            while (!Character.isDigit(damaged[at])) {
                at++;
            }
            damaged[at] = t % 3 == 0 ? 'x' : t % 3 == 1 ? '-' : '\n';
            same(new String(damaged));
        }
    }

    private static void same(String text) {
        Procar expected;
        try {
            expected = ProcarReader.parse("PROCAR", text, false);
        } catch (ParseException e) {
            try {
                ProcarReader.parse("PROCAR", text, true);
            } catch (ParseException got) {
                assertEquals(e.getMessage(), got.getMessage());
                return;
            }
            throw new AssertionError("blocks read what line by line rejects: " + e.getMessage());
        }
        Procar got = ProcarReader.parse("PROCAR", text, true);
        assertEquals(expected.completeness().toString(), got.completeness().toString());
        assertEquals(expected.nSpins(), got.nSpins());
        assertArrayEquals(expected.kpoints(), got.kpoints());
        assertArrayEquals(expected.weights(), got.weights());
        assertArrayEquals(expected.energiesEv(), got.energiesEv());
        assertArrayEquals(expected.occupations(), got.occupations());
        assertArrayEquals(expected.weightsByOrbital(), got.weightsByOrbital());
    }
}
