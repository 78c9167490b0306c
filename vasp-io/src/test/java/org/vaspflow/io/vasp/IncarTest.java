package org.vaspflow.io.vasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.parse.ParseException;

/** INCAR typing rules, errors and the pymatgen-compatible writer. */
class IncarTest {
    @Test
    void typingByCatalogueAndForUnknownTags() {
        Incar incar = IncarReader.parse("INCAR", """
                ENCUT = 520
                EMIN = 10.0
                LREAL = .FALSE.
                ALGO = FAST
                LASPH = True
                LDAUJ = 0 0
                RWIGS = 1.2 0.8
                MY_INT = 7
                MY_REAL = 1E-3
                MY_FLAG = .true.
                MY_LIST = 2*1 3
                MY_WORDS = hello world
                SYSTEM = T
                """);
        assertEquals(new IncarValue.Int(520), incar.get("ENCUT").orElseThrow(), "a real tag written as an integer");
        assertEquals(new IncarValue.Real(10.0), incar.get("EMIN").orElseThrow());
        assertEquals(new IncarValue.Bool(false), incar.get("LREAL").orElseThrow(), "string tag holding a logical");
        assertEquals(new IncarValue.Text("FAST"), incar.get("ALGO").orElseThrow(), "case kept");
        assertEquals(new IncarValue.Bool(true), incar.get("LASPH").orElseThrow());
        assertArrayEquals(new long[] {0, 0}, (long[]) incar.get("LDAUJ").orElseThrow().plain());
        assertArrayEquals(new double[] {1.2, 0.8}, (double[]) incar.get("RWIGS").orElseThrow().plain());
        assertEquals(7L, incar.get("MY_INT").orElseThrow().plain());
        assertEquals(1e-3, incar.get("MY_REAL").orElseThrow().plain());
        assertEquals(true, incar.get("MY_FLAG").orElseThrow().plain());
        assertArrayEquals(new long[] {1, 1, 3}, (long[]) incar.get("MY_LIST").orElseThrow().plain());
        assertEquals("hello world", incar.get("MY_WORDS").orElseThrow().plain());
        assertEquals("T", incar.get("SYSTEM").orElseThrow().plain(), "SYSTEM is free text");
    }

    @Test
    void catalogueIsOnTheClasspath() {
        assertTrue(IncarTags.all().size() >= 380, "tags: " + IncarTags.all().size());
        assertEquals(IncarTags.Type.REAL_ARRAY, IncarTags.type("magmom").orElseThrow());
        assertEquals(IncarTags.Type.INT_ARRAY, IncarTags.type("LDAUL").orElseThrow());
        assertEquals(IncarTags.Type.BOOL, IncarTags.type("ML_LMLFF").orElseThrow());
        assertEquals(IncarTags.Type.STRING, IncarTags.type("LREAL").orElseThrow());
        assertTrue(IncarTags.type("ENCUTT").isEmpty());
    }

    @Test
    void repeatedTagKeepsFirstPositionAndLastValue() {
        Incar incar = IncarReader.parse("INCAR", "NPAR = 1\nNSW = 99\nNPAR = 64\n");
        assertEquals(List.of("NPAR", "NSW"), List.copyOf(incar.tags().keySet()));
        assertEquals(64L, incar.get("NPAR").orElseThrow().plain());
    }

    @Test
    void errorsNameLineAndColumn() {
        ParseException noEquals = assertThrows(ParseException.class,
                () -> IncarReader.parse("INCAR", "ENCUT = 520\n  ISMEAR 0\n"));
        assertEquals(2, noEquals.line());
        assertEquals(3, noEquals.column());
        ParseException badReal = assertThrows(ParseException.class,
                () -> IncarReader.parse("INCAR", "NSW = 10; EDIFF = abc\n"));
        assertEquals(1, badReal.line());
        assertEquals(19, badReal.column());
        ParseException badBool = assertThrows(ParseException.class,
                () -> IncarReader.parse("INCAR", "LWAVE = maybe\n"));
        assertTrue(badBool.getMessage().contains(".TRUE."), badBool.getMessage());
        assertThrows(ParseException.class, () -> IncarReader.parse("INCAR", "MAGMOM = 0*5\n"));
        assertThrows(ParseException.class, () -> IncarReader.parse("INCAR", "# only a comment\n"));
    }

    @Test
    void realsAreWrittenAsPythonRepr() {
        assertEquals("520.0", IncarValue.format(520));
        assertEquals("0.0002", IncarValue.format(2e-4));
        assertEquals("0.0001", IncarValue.format(1e-4));
        assertEquals("1e-05", IncarValue.format(1e-5));
        assertEquals("-1.5e-08", IncarValue.format(-1.5e-8));
        assertEquals("1000000000000000.0", IncarValue.format(1e15));
        assertEquals("1e+16", IncarValue.format(1e16));
        assertEquals("0.1", IncarValue.format(0.1));
        assertEquals("-0.0", IncarValue.format(-0.0));
    }

    @Test
    void writerIsPymatgenTextAndReReadsEqual() {
        Incar incar = IncarReader.parse("INCAR",
                "SYSTEM = Ru O2 ! rutile\nMAGMOM = 2*5 1*0.6 0.6; LDAU = .TRUE.\nEDIFF = 1E-6\nLDAUL = 2 -1\n");
        assertEquals("SYSTEM = Ru O2\nMAGMOM = 2*5.0 2*0.6\nLDAU = True\nEDIFF = 1e-06\nLDAUL = 2 -1\n",
                IncarWriter.write(incar, false));
        assertEquals("EDIFF = 1e-06\nLDAU = True\nLDAUL = 2 -1\nMAGMOM = 2*5.0 2*0.6\nSYSTEM = Ru O2\n",
                IncarWriter.write(incar, true));
        assertEquals(incar.tags().keySet(), IncarReader.parse("w", IncarWriter.write(incar, false)).tags().keySet());
        double[] magmom = ((IncarValue.Numbers) IncarReader.parse("w", incar.write(true)).get("MAGMOM")
                .orElseThrow()).values();
        assertArrayEquals(new double[] {5, 5, 0.6, 0.6}, magmom);
        Incar integral = IncarReader.parse("INCAR", "MAGMOM = 8*5 -5\n");
        assertEquals("MAGMOM = 8*5.0 1*-5.0\n", integral.write(true));
        assertEquals(integral, IncarReader.parse("w", integral.write(true)));
        assertArrayEquals(new double[] {5, -5}, (double[]) IncarReader.parse("INCAR", "MAGMOM = 5 -5").get("MAGMOM")
                .orElseThrow().plain(), "MAGMOM is always reals");
    }
}
