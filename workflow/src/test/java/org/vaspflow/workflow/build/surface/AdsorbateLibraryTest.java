package org.vaspflow.workflow.build.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdsorbateLibraryTest {
    private final AdsorbateLibrary lib = AdsorbateLibrary.builtIn();

    @Test
    void holdsTheAdsorbatesOfIssue5WithTheirCompositions() {
        assertEquals(List.of("O", "OH", "OOH", "O2", "CO2", "NaO2", "Na2O2", "Na2CO3"), lib.names());
        assertEquals("C1 Na2 O3", composition(lib.get("Na2CO3")));
        assertEquals("Na1 O2", composition(lib.get("NaO2")));
        assertEquals("Na2 O2", composition(lib.get("Na2O2")));
        assertEquals("H1 O2", composition(lib.get("OOH")));
        assertEquals(List.of(0, 1), lib.get("NaO2").binding());
    }

    @Test
    void coordinatesReproduceTheDocumentedBondLengths() {
        for (String name : lib.names()) {
            Adsorbate a = lib.get(name);
            if (a.atoms().size() > 1) {
                assertFalse(lib.bonds(name).isEmpty(), name + " documents its bonds");
            }
            for (AdsorbateLibrary.Bond b : lib.bonds(name)) {
                double d = IntMath.norm(IntMath.add(a.atoms().get(b.first()).xyzAngstrom(),
                        a.atoms().get(b.second()).xyzAngstrom(), -1));
                assertEquals(b.lengthAngstrom(), d, 1e-3, name + " bond " + b);
                assertFalse(b.source().isBlank(), name + " bond source");
            }
            // binding atoms are the lowest atoms: nothing of the adsorbate below the binding point
            double[][] c = a.centredCoordinatesAngstrom();
            for (double[] x : c) {
                assertTrue(x[2] >= -1e-9, name + " has an atom below its binding atoms");
            }
        }
    }

    @Test
    void unknownKeysAreErrorsWithPathAndLine() {
        String yaml = "adsorbates:\n  X:\n    atoms:\n      - {element: O, xyz: [0, 0, 0], charge: 1}\n    binding: [0]\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(yaml));
        assertTrue(e.getMessage().contains("unknown key 'charge'"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        assertTrue(e.getMessage().contains("adsorbates"), e.getMessage());
    }

    @Test
    void badElementsAndIndicesNameTheirPath() {
        String element = "adsorbates:\n  X:\n    atoms:\n      - {element: Xx, xyz: [0, 0, 0]}\n    binding: [0]\n";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(element)).getMessage()
                .contains("adsorbates.X.atoms[0].element"));
        String binding = "adsorbates:\n  X:\n    atoms:\n      - {element: O, xyz: [0, 0, 0]}\n    binding: [3]\n";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(binding)).getMessage()
                .contains("adsorbates.X.binding[0]"));
        String xyz = "adsorbates:\n  X:\n    atoms:\n      - {element: O, xyz: [0, 0]}\n    binding: [0]\n";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(xyz)).getMessage()
                .contains("adsorbates.X.atoms[0].xyz"));
    }

    private static AdsorbateLibrary parse(String yaml) throws Exception {
        return AdsorbateLibrary.parse("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String composition(Adsorbate a) {
        java.util.TreeMap<String, Integer> m = new java.util.TreeMap<>();
        for (Adsorbate.Atom at : a.atoms()) {
            m.merge(at.element().symbol(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append(v));
        return sb.toString();
    }
}
