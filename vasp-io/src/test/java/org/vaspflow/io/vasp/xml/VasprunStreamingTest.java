package org.vaspflow.io.vasp.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.out.Procar;
import org.vaspflow.io.vasp.out.ProcarReader;

/** The byte-level scanner, the split of big row blocks across cores, projections, damage positions, pymatgen rules. */
class VasprunStreamingTest {
    /**
     * A 4 KiB buffer parses every row block on one core a few rows at a time; 4 MiB defers megabytes of rows and
     * splits them across cores. Both must give the same numbers, bit for bit.
     */
    @Test
    void rowsSplitAcrossCoresGiveTheSameNumbers() throws Exception {
        byte[] plain = ReaderContract.plainBytes(SharedData.data("vasp/lifeo2-pbesol-large/vasprun.pbesol.xml.gz"));
        Vasprun small = VasprunReader.parse("small", new ByteArrayInputStream(plain), VasprunOptions.ALL, 1 << 12);
        Vasprun large = VasprunReader.parse("large", new ByteArrayInputStream(plain), VasprunOptions.ALL, 1 << 22);
        assertTrue(small.completeness().complete());
        assertArrayEquals(small.eigenvalues().orElseThrow().energiesEv(), large.eigenvalues().orElseThrow().energiesEv());
        assertArrayEquals(small.dos().orElseThrow().partial(), large.dos().orElseThrow().partial());
        assertArrayEquals(small.projected().orElseThrow().weights(), large.projected().orElseThrow().weights());
        assertEquals(small.ionicSteps().size(), large.ionicSteps().size());
        assertTrue(large.projected().orElseThrow().weights().length > 1_000_000, "a block big enough to split");
    }

    /** The projected eigenvalues agree with the PROCAR the same run wrote (PROCAR rounds to 3 decimals). */
    @Test
    void projectionsMatchThePROCARofTheSameRun() {
        Vasprun v = VasprunReader.read(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/vasprun.xml"));
        Procar p = ProcarReader.read(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/PROCAR"));
        Vasprun.ProjectedEigenvalues pe = v.projected().orElseThrow();
        assertEquals(p.nSpins(), pe.nSpins());
        assertEquals(p.nKpoints(), pe.nKpoints());
        assertEquals(p.nBands(), pe.nBands());
        assertEquals(p.nIons(), pe.nIons());
        assertEquals(p.orbitals().size(), pe.orbitals().size());
        assertEquals(p.weightsByOrbital().length, pe.weights().length);
        for (int i = 0; i < pe.weights().length; i++) {
            assertEquals(p.weightsByOrbital()[i], pe.weights()[i], 6e-4, "projection " + i);
        }
    }

    /** LiFePO4 with two Fe POTCAR types: five atomtypes rows, the element repeated, counts adding up. */
    @Test
    void anElementCanBeSeveralAtomTypes() {
        Vasprun v = VasprunReader.read(SharedData.data("vasp/lifepo4-spin/vasprun.xml.gz"), VasprunOptions.STRUCTURES_ONLY);
        assertEquals(java.util.List.of("Li", "Fe", "Fe", "P", "O"),
                v.atomTypes().stream().map(Vasprun.AtomType::element).toList());
        assertEquals(v.atomSymbols().size(), v.atomTypes().stream().mapToInt(Vasprun.AtomType::count).sum());
        assertEquals(5, v.potcarSymbols().size());
    }

    /** Skipped blocks are absent, not empty arrays. */
    @Test
    void optionsSkipBlocks() {
        Vasprun v = VasprunReader.read(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/vasprun.xml"),
                VasprunOptions.STRUCTURES_ONLY);
        assertTrue(v.eigenvalues().isEmpty() && v.dos().isEmpty() && v.projected().isEmpty());
        assertEquals(-1, Double.compare(v.finalEnergyEv(), 0.0));
    }

    /** expat (pymatgen) says "no element found: line 48155, column 0" (0-based column): the same place. */
    @Test
    void interruptedFileSaysWhereItEnds() {
        Vasprun v = VasprunReader.read(SharedData.data("vasp/v2o5-interrupted-vasprun/vasprun.xml"));
        assertFalse(v.completeness().complete());
        assertEquals(48155, v.completeness().line());
        assertEquals(1, v.completeness().column());
        assertEquals(5, v.ionicSteps().size());
        // VASP 5.2.11 wrote e_0_energy = 0.0 for every ionic step; pymatgen's rule recovers the real energy
        assertEquals(0.0, v.ionicSteps().get(4).e0EnergyEv());
        assertEquals(-134.33107279, v.finalEnergyEv(), 1e-8);
        assertEquals(14, v.lastStructure().size(), "fallback final structure: the last ionic step's");
    }

    /** Line numbers survive the buffer being refilled thousands of times. */
    @Test
    void damagePositionDoesNotDependOnTheBuffer() {
        byte[] plain = ReaderContract.plainBytes(SharedData.data("vasp/v2o5-interrupted-vasprun/vasprun.xml"));
        Vasprun v = VasprunReader.parse("cut", new ByteArrayInputStream(plain), VasprunOptions.ALL, 1 << 12);
        assertEquals(48155, v.completeness().line());
        assertEquals(1, v.completeness().column());
        String text = new String(plain, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<r>", text.length() / 2) + 6;
        plain[at] = 'x';
        Vasprun flipped = VasprunReader.parse("flip", new ByteArrayInputStream(plain), VasprunOptions.ALL, 1 << 12);
        assertEquals(lineOf(text, text.substring(at - 6, at + 20)), flipped.completeness().line(),
                flipped.completeness().toString());
    }

    /**
     * Rows handed to the pool are parsed while the scan reads on; a bad row there is earlier in the file than the
     * cut the scan meets later, so it is the damage reported, with its own line, whatever the buffer size.
     */
    @Test
    void damageInRowsParsedInTheBackgroundWinsOverLaterDamage() {
        byte[] plain = ReaderContract.plainBytes(SharedData.data("vasp/lifeo2-pbesol-large/vasprun.pbesol.xml.gz"));
        String text = new String(plain, StandardCharsets.ISO_8859_1);
        int cut = plain.length * 9 / 10;
        // in the window before the cut: its rows are still being parsed when the scan meets the cut
        int at = text.indexOf("<r>", cut - 200_000) + 6;
        byte[] damaged = java.util.Arrays.copyOf(plain, cut);
        damaged[at] = 'x';
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        for (int buffer : new int[] {1 << 12, 1 << 16, 1 << 21, 1 << 22}) {
            Vasprun v = VasprunReader.parse("flip+cut", new ByteArrayInputStream(damaged), VasprunOptions.ALL, buffer);
            assertFalse(v.completeness().complete());
            assertEquals(line, v.completeness().line(), buffer + " B buffer: " + v.completeness());
            assertTrue(v.completeness().reason().contains("not a number"), v.completeness().reason());
            assertTrue(v.projected().isEmpty(), "the damaged array is not kept");
        }
        Vasprun cutOnly = VasprunReader.parse("cut", new ByteArrayInputStream(java.util.Arrays.copyOf(plain, cut)),
                VasprunOptions.ALL, 1 << 21);
        assertEquals(text.substring(0, cut).chars().filter(c -> c == '\n').count() + 1, cutOnly.completeness().line(),
                "without the bad row the cut is reported");
    }

    /** Newlines between the numbers of a row (legal XML, never written by VASP) still count for later positions. */
    @Test
    void newlinesInsideRowsCountForLaterDamage() {
        byte[] plain = ReaderContract.plainBytes(SharedData.data("vasp/lifeo2-pbesol-large/vasprun.pbesol.xml.gz"));
        String text = new String(plain, StandardCharsets.ISO_8859_1).replace("0.0000  0.0000", "0.0000\n 0.0000");
        assertTrue(text.length() == plain.length);
        int at = text.lastIndexOf("<r>", text.length() * 9 / 10) + 6;
        byte[] damaged = text.getBytes(StandardCharsets.ISO_8859_1);
        damaged[at] = 'x';
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        for (int buffer : new int[] {1 << 12, 1 << 20, 1 << 22}) {
            Vasprun v = VasprunReader.parse("newlines", new ByteArrayInputStream(damaged), VasprunOptions.ALL, buffer);
            assertEquals(line, v.completeness().line(), buffer + " B buffer: " + v.completeness());
        }
    }

    @Test
    void newlinesAreCountedEightBytesAtATime() {
        java.util.Random r = new java.util.Random(7);
        byte[] b = new byte[10_007];
        r.nextBytes(b);
        for (int i = 0; i < b.length; i += 1 + r.nextInt(20)) {
            b[i] = '\n';
        }
        for (int n : new int[] {0, 7, 8, 9, 4096, b.length}) {
            long naive = 0;
            for (int i = 0; i < n; i++) {
                naive += b[i] == '\n' ? 1 : 0;
            }
            assertEquals(naive, XmlCursor.newlines(b, n), "first " + n + " bytes");
        }
    }

    @Test
    void aDigitTurnedIntoALetterIsDamageAtItsRow() throws Exception {
        String xml = synthetic(60).replace("<r>   -1.5000  1.0000 </r>", "<r>   -1.5x00  1.0000 </r>");
        Vasprun v = parse(xml);
        assertFalse(v.completeness().complete());
        assertEquals(lineOf(xml, "-1.5x00"), v.completeness().line());
        assertEquals(1, v.ionicSteps().size(), "the damaged calculation is not kept");
    }

    @Test
    void mismatchedEndTagIsDamage() throws Exception {
        String xml = synthetic(60).replace("</scstep>\n  <structure>", "</scstep>\n  <structure></crystal>");
        Vasprun v = parse(xml);
        assertFalse(v.completeness().complete());
        assertTrue(v.completeness().reason().contains("</crystal>"), v.completeness().reason());
    }

    @Test
    void notAVasprunIsAParseException() {
        assertThrows(ParseException.class, () -> parse("<?xml version=\"1.0\"?>\n<other/>"));
        assertThrows(ParseException.class, () -> parse("\u0000\u0001 binary < garbage"));
    }

    /** Comments, entities, a self-closing tag and CDATA are XML the scanner must read as XML. */
    @Test
    void xmlDetails() throws Exception {
        Vasprun v = parse(synthetic(60));
        assertTrue(v.completeness().complete(), v.completeness().toString());
        assertEquals("vasp & co <6>", v.generator().get("program"));
        assertEquals("a\"b", v.incar().get("SYSTEM"));
        assertEquals(2, v.ionicSteps().size());
        assertArrayEquals(new double[] {-1.5, 2.5}, v.eigenvalues().orElseThrow().energiesEv());
        assertArrayEquals(new double[] {1.0, 0.0}, v.eigenvalues().orElseThrow().occupations());
        assertTrue(Double.isNaN(v.ionicSteps().get(0).electronicSteps().get(0).eFrEnergyEv()), "**** is NaN");
    }

    /**
     * pymatgen's LEPSILON rule: from the second electronic step of the last ionic step, count the steps whose
     * energy block has only the three totals; converged when that index + 1 differs from NELM.
     */
    @Test
    void lepsilonConvergenceRule() throws Exception {
        assertFalse(parse(synthetic(5)).convergedElectronic(), "4 steps, i = 4, i + 1 == NELM 5");
        assertTrue(parse(synthetic(60)).convergedElectronic());
        assertTrue(parse(synthetic(5).replace("<i type=\"logical\" name=\"LEPSILON\"> T  </i>", ""))
                .convergedElectronic(), "without LEPSILON: 4 steps < NELM 5");
    }

    private static Vasprun parse(String xml) {
        return VasprunReader.parse("synthetic", new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)),
                VasprunOptions.ALL);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Two ionic steps of one Si atom; the first starts with a {@code ****} energy, the second has eigenvalues. */
    static String synthetic(int nelm) {
        String full = "<energy><i name=\"e_fr_energy\"> %s </i><i name=\"e_wo_entrp\"> -1.0 </i>"
                + "<i name=\"e_0_energy\"> -1.0 </i><i name=\"alphaZ\"> 0.1 </i></energy>";
        String totals = "<energy><i name=\"e_fr_energy\"> -1.0 </i><i name=\"e_wo_entrp\"> -1.0 </i>"
                + "<i name=\"e_0_energy\"> -1.0 </i></energy>";
        String structure = "<structure>\n <crystal><varray name=\"basis\"><v> 3 0 0 </v><v> 0 3 0 </v><v> 0 0 3 </v>"
                + "</varray></crystal>\n <varray name=\"positions\"><v> 0 0 0 </v></varray></structure>\n";
        String calc = "<calculation>\n  <scstep>" + full + "</scstep><scstep>" + totals + "</scstep><scstep>" + totals
                + "</scstep><scstep>" + totals + "</scstep>\n  " + structure
                + "  <varray name=\"forces\"><v> 0 0 0 </v></varray>\n"
                + "  <energy><i name=\"e_fr_energy\"> -1.0 </i><i name=\"e_wo_entrp\"> -1.0 </i>"
                + "<i name=\"e_0_energy\"> -1.0 </i></energy>\n%e</calculation>\n";
        String eigen = "  <eigenvalues><array><dimension dim=\"1\">band</dimension><field>eigene</field><field>occ</field>"
                + "<set><set comment=\"spin 1\"><set comment=\"kpoint 1\">\n<r>   -1.5000  1.0000 </r>\n"
                + "<r>    2.5000  0.0000 </r>\n</set></set></set></array></eigenvalues>\n";
        return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!-- made by a test -->\n<modeling>\n"
                + "<generator><i name=\"program\" type=\"string\">vasp &amp; co &lt;6&#62;</i></generator>\n"
                + "<incar><i type=\"string\" name=\"SYSTEM\"><![CDATA[a\"b]]></i>"
                + "<i type=\"logical\" name=\"LEPSILON\"> T  </i><i name=\"EMPTY\"/></incar>\n"
                + "<parameters><separator name=\"electronic\"><i type=\"int\" name=\"NELM\"> " + nelm + "</i>"
                + "</separator></parameters>\n"
                + "<atominfo><array name=\"atoms\"><set><rc><c>Si</c><c>1</c></rc></set></array>"
                + "<array name=\"atomtypes\"><set><rc><c>1</c><c>Si</c><c>28.085</c><c>4.0</c>"
                + "<c>  PAW_PBE Si 05Jan2001</c></rc></set></array></atominfo>\n"
                + structure.replace("<structure>", "<structure name=\"initialpos\">")
                + calc.replace("%s", "****************").replace("%e", "")
                + calc.replace("%s", "-1.0").replace("%e", eigen)
                + "</modeling>\n";
    }
}
