package org.vaspflow.io.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.testing.ReaderContract;

/** POTCAR headers, POTCAR.spec and assembly, on FAKE header-only POTCARs ({@link FakePotcars}). */
class PotcarTest {
    @Test
    void concatenatedHeaders() {
        String text = FakePotcars.text("Mn_pv") + FakePotcars.text("Li_sv") + FakePotcars.text("O");
        List<PotcarHeader> h = PotcarReader.parse("POTCAR", text);
        assertEquals(List.of("Mn_pv", "Li_sv", "O"), h.stream().map(PotcarHeader::symbol).toList());
        PotcarHeader mn = h.get(0);
        assertEquals("PAW_PBE", mn.functional());
        assertEquals("PAW_PBE Mn_pv 01Jan2000 FAKE", mn.titel());
        assertEquals(13.0, mn.zvalElectrons());
        assertEquals(269.865, mn.enmaxEv());
        assertEquals("Mn: FAKE", mn.vrhfin());
        assertEquals(Element.of("Mn"), mn.element());
        assertEquals(499.034, h.get(1).enmaxEv());
        assertEquals(Element.of("O"), h.get(2).element());
    }

    @Test
    void headerWithoutEnmaxNamesTheSymbolAndLine() {
        String text = FakePotcars.text("O") + FakePotcars.text("Cl").replaceAll("(?m)^ +ENMAX.*\n", "");
        ParseException e = assertThrows(ParseException.class, () -> PotcarReader.parse("POTCAR", text));
        assertTrue(e.getMessage().contains("ENMAX") && e.getMessage().contains("Cl"), e.getMessage());
        assertEquals(FakePotcars.text("O").lines().count() + 8, e.line(), "the TITEL line of Cl");
    }

    @Test
    void specRoundTripsAndRejectsNonSymbols(@TempDir Path tmp) {
        PotcarSpec spec = PotcarSpec.parse("POTCAR.spec", "# written by hand\nNa_pv\n\nMn_pv\nO\nH.75\n");
        assertEquals(List.of("Na_pv", "Mn_pv", "O", "H.75"), spec.symbols());
        spec.write(tmp.resolve("POTCAR.spec"));
        assertEquals(spec, PotcarSpec.read(tmp.resolve("POTCAR.spec")));
        ParseException e = assertThrows(ParseException.class, () -> PotcarSpec.parse("POTCAR.spec", "O\nXx_pv\n"));
        assertEquals(2, e.line());
        assertEquals("Xx_pv", e.snippet());
        assertThrows(ParseException.class, () -> PotcarSpec.parse("POTCAR.spec", "Na_pv Cl\n"));
        assertThrows(ParseException.class, () -> PotcarSpec.parse("POTCAR.spec", "# nothing\n"));
    }

    @Test
    void specContract(@TempDir Path tmp) throws Exception {
        Path spec = tmp.resolve("POTCAR.spec");
        new PotcarSpec(List.of("Na_pv", "Mn_pv", "O")).write(spec);
        ReaderContract.of(PotcarSpec::read).check(spec, tmp.resolve("work"));
    }

    @Test
    void assemblyKeepsOrderAndHashesEachFile(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("psp");
        FakePotcars.write(root, "O", "Mn_pv", "Li_sv");
        PotcarSpec spec = new PotcarSpec(List.of("Li_sv", "Mn_pv", "O"));
        PotcarAssembler.Assembled a = PotcarAssembler.assemble(root, "PBE_54", spec, tmp.resolve("POTCAR"));
        assertEquals(spec.symbols(), List.copyOf(a.sha256BySymbol().keySet()), "POTCAR order");
        for (String symbol : spec.symbols()) {
            byte[] bytes = Files.readAllBytes(root.resolve("PBE_54").resolve(symbol).resolve("POTCAR"));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    a.sha256BySymbol().get(symbol), symbol);
        }
        assertEquals(spec.symbols(), PotcarReader.read(a.potcar()).stream().map(PotcarHeader::symbol).toList());
        assertEquals(FakePotcars.text("Li_sv") + FakePotcars.text("Mn_pv") + FakePotcars.text("O"),
                Files.readString(a.potcar()));
    }

    @Test
    void assemblyErrorsNameWhatIsMissingAndWriteNothing(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("psp");
        FakePotcars.write(root, "O");
        Path target = tmp.resolve("POTCAR");
        IllegalArgumentException noSet = assertThrows(IllegalArgumentException.class, () ->
                PotcarAssembler.assemble(root, "PBE_64", new PotcarSpec(List.of("O")), target));
        assertTrue(noSet.getMessage().contains("PBE_64"), noSet.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> PotcarAssembler
                .assemble(root, "PBE_54", new PotcarSpec(List.of("Ru_pv", "O", "Mn_pv")), target));
        assertTrue(missing.getMessage().contains("Ru_pv, Mn_pv"), missing.getMessage());
        assertTrue(missing.getMessage().contains(root.resolve("PBE_54").resolve("Ru_pv").resolve("POTCAR").toString()));
        assertFalse(Files.exists(target), "no partial POTCAR");
    }
}
