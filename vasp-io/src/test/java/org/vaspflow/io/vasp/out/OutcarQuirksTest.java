package org.vaspflow.io.vasp.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.testing.SharedData;

/** OUTCAR cases the golden files do not pin down: Fortran quirks, killed and stopped runs, damage, layouts. */
class OutcarQuirksTest {
    /** A VASP 6.3 non-collinear OUTCAR reduced to the lines the reader uses (values made up, layout VASP's). */
    private static final String NONCOLLINEAR = """
             vasp.6.3.2 27Jun22 (build Oct 17 2023 11:51:05) complex
             running    4 mpi-ranks, with    2 threads/rank
               number of dos      NEDOS =    301   number of ions     NIONS =      2
               ISPIN  =      1    spin polarized calculation?
               LNONCOLLINEAR =      T non collinear calculations
               LSORBIT =      T    spin-orbit coupling
             E-fermi : ********     XC(G=0):  -9.8904     alpha+bet : -7.8432
             number of electron      16.0000000 magnetization       1.0000000     0.0000000     2.0000000
              in kB     -25.15548-137.04889     1.00000     0.00000     0.00000     0.00000
             POSITION                                       TOTAL-FORCE (eV/Angst)
             -----------------------------------------------------------------------------------
                  0.00000      0.00000      0.00000        -0.123456-10.123456      0.000000
                  1.50000      1.50000      1.50000         0.123456     10.123456  *********
             -----------------------------------------------------------------------------------
              FREE ENERGIE OF THE ION-ELECTRON SYSTEM (eV)
              ---------------------------------------------------
              free  energy   TOTEN  =       -20.66323714 eV

              energy  without entropy=      -20.60000000  energy(sigma->0) =      -20.63000000

             magnetization (x)

            # of ion       s       p       d       tot
            ------------------------------------------
                1        0.001  -0.002   1.500   1.499
                2        0.001  -0.002   1.500   1.499
            --------------------------------------------------
            tot          0.002  -0.004   3.000   2.998

             magnetization (y)

            # of ion       s       p       d       tot
            ------------------------------------------
                1        0.000   0.000   0.000   0.000
                2        0.000   0.000   0.000   0.000
            --------------------------------------------------
            tot          0.000   0.000   0.000   0.000

             magnetization (z)

            # of ion       s       p       d       tot
            ------------------------------------------
                1        0.000   0.000  -0.500  -0.500
                2        0.000   0.000   0.500   0.500
            --------------------------------------------------
            tot          0.000   0.000   0.000   0.000

             General timing and accounting informations for this job:
             ========================================================

                              Total CPU time used (sec):      102.743
                                        User time (sec):       91.107
                                      System time (sec):       11.635
                                     Elapsed time (sec):      103.356

                               Maximum memory used (kb):      178688.
                               Average memory used (kb):          N/A

                                      Minor page faults:        22202
            """;

    @Test
    void fusedNegativesOverflowFieldsAndNonCollinearTables() {
        Outcar o = OutcarReader.parse("OUTCAR", NONCOLLINEAR);
        assertTrue(o.completeness().complete(), o.completeness().toString());
        assertTrue(o.header().nonCollinear() && o.header().spinOrbit());
        assertEquals(2, o.header().nIons());
        assertEquals(4, o.runStats().cores(), "MPI ranks, as pymatgen counts them");
        assertTrue(Double.isNaN(o.efermiEv()), "E-fermi ******** is absent, not damage");
        assertEquals(1.0, o.totalMagnetization(), 0);
        Outcar.IonicStep step = o.ionicSteps().get(0);
        assertArrayEquals(new double[] {-25.15548, -137.04889, 1, 0, 0, 0}, step.stressKbar(), 0);
        assertEquals(-0.123456, step.forcesEvPerAngstrom()[0], 0);
        assertEquals(-10.123456, step.forcesEvPerAngstrom()[1], 0);
        assertTrue(Double.isNaN(step.forcesEvPerAngstrom()[5]), "an overflowed force is NaN");
        assertEquals(-20.63, o.finalEnergyEv(), 0);
        assertEquals(List.of("magnetization (x)", "magnetization (y)", "magnetization (z)"),
                o.magnetization().stream().map(SiteTable::title).toList());
        assertArrayEquals(new double[] {-0.5, 0.5}, o.magnetization().get(2).column("tot"), 0);
        assertArrayEquals(new double[] {0.002, -0.004, 3.0, 2.998}, o.magnetizationX().orElseThrow().totals(), 0);
        assertTrue(Double.isNaN(o.runStats().averageMemoryKb()), "N/A is absent");
        assertEquals(178688.0, o.runStats().maxMemoryKb(), 0);
    }

    @Test
    void killedRunKeepsEveryFinishedIonicStep() throws IOException {
        byte[] plain = Files.readAllBytes(SharedData.data("vasp/feo-afm-ldau-relax/OUTCAR"));
        Outcar full = OutcarReader.parse("OUTCAR", new String(plain, StandardCharsets.ISO_8859_1));
        assertEquals(28, full.ionicSteps().size());
        Random random = new Random(3);
        for (int i = 0; i < 25; i++) {
            int at = random.nextInt(plain.length - 2000);
            Outcar cut = OutcarReader.parse("OUTCAR", new String(plain, 0, at, StandardCharsets.ISO_8859_1));
            assertFalse(cut.completeness().complete(), "cut at " + at);
            int n = cut.ionicSteps().size();
            assertTrue(n <= full.ionicSteps().size());
            for (int k = 0; k < n; k++) {
                assertEquals(full.ionicSteps().get(k).energySigma0Ev(), cut.ionicSteps().get(k).energySigma0Ev(), 0);
                assertArrayEquals(full.ionicSteps().get(k).forcesEvPerAngstrom(),
                        cut.ionicSteps().get(k).forcesEvPerAngstrom(), 0);
            }
            // every FREE ENERGIE block wholly before the cut (its energy(sigma->0) line ended by a newline) is kept
            String head = new String(plain, 0, at, StandardCharsets.ISO_8859_1);
            int blocks = head.split("FREE ENERGIE OF THE ION-ELECTRON SYSTEM", -1).length - 1;
            String lastBlock = head.substring(Math.max(0, head.lastIndexOf("FREE ENERGIE OF THE ION-ELECTRON SYSTEM")));
            int sigma = lastBlock.indexOf("energy(sigma->0)");
            boolean lastFinished = blocks > 0 && sigma >= 0 && lastBlock.indexOf('\n', sigma) >= 0;
            assertEquals(blocks == 0 || lastFinished ? blocks : blocks - 1, n, "cut at " + at);
        }
    }

    @Test
    void runWithoutTimingIsPartial() {
        // potim: a relaxation still running (or killed) after 3 ionic steps
        Outcar o = OutcarReader.read(SharedData.data("errors/potim/OUTCAR"));
        assertFalse(o.completeness().complete());
        assertEquals(3, o.ionicSteps().size());
        assertFalse(o.runStats().finished());
        assertFalse(o.stopped());
    }

    @Test
    void stoppedByStopcarIsCompleteAndSaysSo() {
        Outcar o = OutcarReader.read(SharedData.data("errors/stopped-stopcar/OUTCAR.stopped.gz"));
        assertTrue(o.stopped());
        assertTrue(o.completeness().complete());
        assertEquals(24, o.runStats().cores());
    }

    @Test
    void damageInsideABlockIsAParseExceptionAtItsPosition() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.data("vasp/feo-afm-ldau-relax/OUTCAR"), StandardCharsets.ISO_8859_1);
        int forces = lines.indexOf(lines.stream().filter(l -> l.contains("TOTAL-FORCE")).findFirst().orElseThrow());
        int row = forces + 3; // 1-based line of the first force row: index + 2
        String damaged = lines.get(row - 1).replaceFirst("0\\.", "0x");
        lines.set(row - 1, damaged);
        ParseException e = assertThrows(ParseException.class,
                () -> OutcarReader.parse("OUTCAR", String.join("\n", lines) + "\n"));
        assertEquals(row, e.line(), e.getMessage());
        assertTrue(e.column() > 1 && e.snippet().contains("0x"), e.getMessage());
    }

    @Test
    void boxedAndOneLineWarnings() {
        Outcar o = OutcarReader.read(SharedData.data("vasp/feo-afm-ldau-relax/OUTCAR"));
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("NCORE= 4 - approx SQRT( number of cores)")), o.warnings().toString());
        assertEquals(3, o.warnings().stream().filter(w -> w.equals("WARNING: grid for Broyden might be to small")).count());
    }
}
