package org.vaspflow.io.lobster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/**
 * ICOHP/ICOOP/ICOBI lists: golden checks (called per case by {@link LobsterCasesTest}) exactly to file precision
 * (5 decimals), the LOBSTER 5.1 spin-polarised one-row layout, damage and the reader contract.
 */
class IcohplistReaderTest {
    static void checkGolden(Path file, JsonNode g) {
        Icohplist list = IcohplistReader.read(file);
        assertTrue(list.completeness().complete());
        if (g.has("fallback")) {
            checkFallback(list, g.get("fallback"));
            return;
        }
        assertEquals(g.get("is_spin_polarized").asBoolean(), list.spinPolarized());
        assertEquals(g.get("n_entries").asInt(), list.bonds().size());
        JsonNode entries = g.get("entries");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            Icohplist.Bond b = list.bonds().get(i);
            assertEquals(e.get("label").asText(), b.label());
            assertEquals(e.get("atom1").asText(), b.atom1());
            assertEquals(e.get("atom2").asText(), b.atom2());
            assertEquals(e.get("length").asDouble(), b.lengthAngstrom(), 0);
            assertEquals(e.get("number_of_bonds").asInt(), b.numberOfBonds());
            for (int k = 0; k < 3; k++) {
                assertEquals(e.get("translation").get(k).asInt(), b.translation()[k]);
            }
            assertEquals(e.get("icohp").get("up").asDouble(), b.up(), 0);
            assertEquals(e.get("icohp").has("down"), !Double.isNaN(b.down()));
            if (e.get("icohp").has("down")) {
                assertEquals(e.get("icohp").get("down").asDouble(), b.down(), 0);
            }
            assertEquals(e.get("icohp_summed_spins").asDouble(), b.summed(), 1e-12);
        }
        assertEquals(g.get("orbitalwise").asBoolean(), list.bonds().stream().anyMatch(b -> !b.orbitals().isEmpty()));
    }

    /** LOBSTER 5.1 files pymatgen 2022.11.7 cannot read: the golden rows of a plain Python split. */
    private static void checkFallback(Icohplist list, JsonNode fb) {
        int orbitalRows = list.bonds().stream().mapToInt(b -> b.orbitals().size()).sum();
        assertEquals(fb.get("n_rows").asInt(), list.bonds().size() + orbitalRows);
        if (fb.get("n_atom_pair_rows").asInt() == 0) {
            // LCFO fragment file: the split found no atom pairs (fragment names have '_'); vaspflow reads the
            // first row of each label as the fragment pair and the rest as its orbital terms
            assertEquals(list.bonds().size(), list.bonds().stream().map(Icohplist.Bond::label).distinct().count());
            return;
        }
        JsonNode rows = fb.get("atom_pair_rows");
        assertEquals(rows.size(), list.bonds().size());
        assertEquals(fb.get("n_orbital_rows").asInt(), orbitalRows);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            Icohplist.Bond b = list.bonds().get(i);
            assertEquals(r.get("no").asText(), b.label());
            assertEquals(r.get("atom1").asText(), b.atom1());
            assertEquals(r.get("atom2").asText(), b.atom2());
            assertEquals(r.get("length").asDouble(), b.lengthAngstrom(), 0);
            for (int k = 0; k < 3; k++) {
                assertEquals(r.get("translation").get(k).asInt(), b.translation()[k]);
            }
            assertEquals(r.get("values").get(0).asDouble(), b.up(), 0);
            assertEquals(r.get("values").size() > 1, list.spinPolarized());
        }
    }

    /**
     * LOBSTER 5.1 spin-polarised: one row per pair or orbital pair with both spins, the header's second line
     * "for spin 1  for spin 2". Made from the real 5.1 file by adding a spin-2 column of −2 × spin 1.
     */
    @Test
    void lobster51SpinPolarisedOneRowLayout() {
        String real = new String(ReaderContract.plainBytes(SharedData.data("lobster/nacl-v51-lcfo/ICOHPLIST.lobster")),
                StandardCharsets.ISO_8859_1);
        StringBuilder spin = new StringBuilder();
        List<Double> ups = new ArrayList<>();
        for (String line : real.split("\n")) {
            if (line.contains("for spin 1")) {
                spin.append(line.stripTrailing()).append("      for spin 2\n");
            } else if (line.contains("COHP#")) {
                spin.append(line).append('\n');
            } else {
                String[] tok = line.strip().split("\\s+");
                double up = Double.parseDouble(tok[tok.length - 1]);
                ups.add(up);
                spin.append(line.stripTrailing()).append(String.format("   %10.5f%n", -2 * up));
            }
        }
        Icohplist one = IcohplistReader.read(SharedData.data("lobster/nacl-v51-lcfo/ICOHPLIST.lobster"));
        Icohplist two = IcohplistReader.parse("ICOHPLIST.lobster", spin.toString());
        assertFalse(one.spinPolarized());
        assertTrue(two.spinPolarized());
        assertTrue(two.completeness().complete());
        assertEquals(one.bonds().size(), two.bonds().size());
        int row = 0;
        for (int i = 0; i < one.bonds().size(); i++) {
            Icohplist.Bond a = one.bonds().get(i);
            Icohplist.Bond b = two.bonds().get(i);
            assertEquals(List.of(a.label(), a.atom1(), a.atom2()), List.of(b.label(), b.atom1(), b.atom2()));
            assertEquals(ups.get(row++), b.up(), 0);
            assertEquals(-2 * b.up(), b.down(), 1e-12);
            assertEquals(a.orbitals().size(), b.orbitals().size());
            for (Icohplist.OrbitalTerm t : b.orbitals()) {
                assertEquals(ups.get(row++), t.up(), 0);
                assertEquals(-2 * t.up(), t.down(), 1e-12);
            }
        }
        assertEquals(ups.size(), row);
    }

    @Test
    void legacySpinBlocksCutInSpinTwoAreFlagged() {
        String legacy = """
                  COHP#  atomMU  atomNU     distance          ICOHP(eF) avg. over # bonds  for spin  1
                      1     Fe8     Fe7      2.83189           -0.10218                 2
                      2     Fe8     Fe9      2.45249           -0.28485                 1
                  COHP#  atomMU  atomNU     distance          ICOHP(eF) avg. over # bonds  for spin  2
                      1     Fe8     Fe7      2.83189           -0.19701                 2
                """;
        Icohplist l = IcohplistReader.parse("ICOOPLIST.lobster", legacy);
        assertEquals(Icohplist.Kind.COOP, l.kind());
        assertTrue(l.spinPolarized());
        assertFalse(l.completeness().complete(), "bond 2 has no spin-2 value");
        assertEquals(2, l.bonds().get(0).numberOfBonds());
        assertEquals(-0.19701, l.bonds().get(0).down(), 0);
    }

    @Test
    void contract(@TempDir Path tmp) {
        for (String sample : List.of("lif-spin-lobster41/ICOHPLIST.lobster", "nacl-v51-lcfo/ICOBILIST.lobster",
                "fe-spin-lobster2/ICOHPLIST.lobster")) {
            ReaderContract.of(IcohplistReader::read)
                    .comparing(l -> List.of(l.bonds().size(), l.spinPolarized(), l.completeness(),
                            l.bonds().stream().mapToDouble(Icohplist.Bond::summed).sum()))
                    .check(SharedData.data("lobster/" + sample), tmp.resolve(sample.replace('/', '_')));
        }
    }
}
