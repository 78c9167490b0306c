package org.vaspflow.io.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;

class StructureTest {
    static Structure hexagonal() {
        Lattice lat = Lattice.fromParameters(2.9, 2.9, 11.0, 90, 90, 120);
        return new Structure(lat, List.of(
                new Site(Element.of("Na"), new double[] {0, 0, 0.25}),
                new Site(Element.of("Mn"), new double[] {0, 0, 0}),
                new Site(Element.of("O"), new double[] {1.0 / 3, 2.0 / 3, 0.09}),
                new Site(Element.of("O"), new double[] {2.0 / 3, 1.0 / 3, 0.91})), "P2 sketch");
    }

    @Test
    void latticeParametersAndReciprocal() {
        Lattice lat = Lattice.fromParameters(3, 4, 5, 80, 95, 110);
        double[] abc = lat.abc();
        double[] angles = lat.anglesDeg();
        assertArrayEquals(new double[] {3, 4, 5}, abc, 1e-12);
        assertArrayEquals(new double[] {80, 95, 110}, angles, 1e-10);
        Lattice rec = lat.reciprocalLattice();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = 0;
                for (int k = 0; k < 3; k++) {
                    dot += lat.get(i, k) * rec.get(j, k);
                }
                assertEquals(i == j ? 2 * Math.PI : 0, dot, 1e-12);
            }
        }
        double[] f = {0.1, -0.3, 1.7};
        assertArrayEquals(f, lat.toFractional(lat.toCartesian(f)), 1e-12);
        assertEquals(3 * 4 * 5 * Math.sqrt(1 - Math.pow(Math.cos(Math.toRadians(80)), 2)
                - Math.pow(Math.cos(Math.toRadians(95)), 2) - Math.pow(Math.cos(Math.toRadians(110)), 2)
                + 2 * Math.cos(Math.toRadians(80)) * Math.cos(Math.toRadians(95)) * Math.cos(Math.toRadians(110))),
                lat.volumeAngstrom3(), 1e-9);
    }

    @Test
    void latticeWidthsAndValidation() {
        Lattice lat = Lattice.fromMatrix(new double[][] {{3, 0, 0}, {17.3, 2.5, 0}, {-11.1, 9.4, 2.2}});
        double[] w = lat.perpendicularWidthsAngstrom();
        double[][] m = lat.matrix();
        for (int i = 0; i < 3; i++) {
            double[] u = m[(i + 1) % 3];
            double[] v = m[(i + 2) % 3];
            double[] n = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
            double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
            // height of vector i above the plane of the other two
            assertEquals(Math.abs(m[i][0] * n[0] + m[i][1] * n[1] + m[i][2] * n[2]) / len, w[i], 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(-3, 3, 3, 90, 90, 90));
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(3, 3, 3, 90, 90, 0));
        assertThrows(IllegalArgumentException.class, () -> Lattice.fromParameters(3, 3, 3, 60, 60, 150),
                "angles that close no cell");
        assertThrows(IllegalArgumentException.class,
                () -> Lattice.fromMatrix(new double[][] {{1, 0, 0}, {0, Double.NaN, 0}, {0, 0, 1}}));
        assertThrows(IllegalArgumentException.class,
                () -> Lattice.fromMatrix(new double[][] {{1, 0, 0}, {0, 1, 0}, {1, 1, 0}}));
        Lattice tiny = Lattice.fromMatrix(new double[][] {{1e-5, 0, 0}, {0, 1e-5, 0}, {0, 0, 1e-5}});
        assertEquals(1e-15, tiny.volumeAngstrom3(), 1e-27, "validity does not depend on scale");
    }

    @Test
    void nonDiagonalRootFiveSupercell() {
        Structure s = hexagonal();
        int[][] root5 = {{2, 1, 0}, {-1, 2, 0}, {0, 0, 1}};
        Structure big = s.supercell(root5);
        assertEquals(5 * s.size(), big.size());
        assertEquals(5 * s.lattice().volumeAngstrom3(), big.lattice().volumeAngstrom3(), 1e-9);
        // |2a + b|² = 5a² + 4a² cos 120° = 3a² in a hexagonal cell (the matrix is √5 only for square cells)
        assertEquals(Math.sqrt(3) * 2.9, big.lattice().a(), 1e-9);
        assertEquals(Map.of(Element.of("Na"), 5, Element.of("Mn"), 5, Element.of("O"), 10), Map.copyOf(big.composition()));
        // every site of the supercell sits on a site of the original lattice
        for (Site site : big.sites()) {
            double[] cart = big.lattice().toCartesian(site.fracCoords());
            double[] f = s.lattice().toFractional(cart);
            boolean found = false;
            for (Site orig : s.sites()) {
                double d = 0;
                for (int k = 0; k < 3; k++) {
                    double x = f[k] - orig.frac(k);
                    x -= Math.rint(x);
                    d += x * x;
                }
                found |= d < 1e-16 && orig.element() == site.element();
            }
            assertTrue(found, "supercell site " + site + " is not an image of an original site");
        }
        // no two sites coincide
        NeighborList nl = NeighborList.of(big, 1.0);
        for (int i = 0; i < big.size(); i++) {
            assertEquals(0, nl.count(i));
        }
        assertThrows(IllegalArgumentException.class, () -> s.supercell(new int[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}));
    }

    /** Lattice, site order and coordinates of {@code structure * matrix} in pymatgen 2022.11.7, non-diagonal matrices included. */
    @Test
    void supercellsMatchPymatgen() throws Exception {
        JsonNode cases = SharedData.readJson(Path.of(StructureTest.class.getResource("/structure/supercells-pymatgen.json")
                .toURI())).get("cases");
        for (JsonNode c : cases) {
            int[][] m = new int[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m[i][j] = c.get("matrix").get(i).get(j).asInt();
                }
            }
            Structure big = GoldenCases.structure(c).supercell(m);
            Structure expected = GoldenCases.structure(c.get("supercell"));
            assertTrue(expected.lattice().equalsWithin(big.lattice(), 1e-12), c.get("matrix").toString());
            assertEquals(expected.size(), big.size());
            for (int k = 0; k < big.size(); k++) {
                assertEquals(expected.site(k).element(), big.site(k).element());
                for (int a = 0; a < 3; a++) {
                    double d = expected.site(k).frac(a) - big.site(k).frac(a);
                    assertEquals(0, d - Math.rint(d), 1e-9, c.get("matrix") + " site " + k);
                }
            }
        }
    }

    @Test
    void substitutionRemovalSortingAreNewStructures() {
        Structure s = hexagonal();
        Structure doped = s.substitute(1, Element.of("Ru"));
        assertEquals("Mn", s.site(1).element().symbol());
        assertEquals("Ru", doped.site(1).element().symbol());
        Structure vacancy = s.remove(0);
        assertEquals(3, vacancy.size());
        assertEquals("MnO2", vacancy.reducedFormula());
        Structure sorted = s.sortedByElectronegativity();
        assertEquals(List.of("Na", "Mn", "O", "O"), sorted.species().stream().map(Element::symbol).toList());
        List<Structure.SpeciesGroup> groups = s.substitute(3, Element.of("Na")).speciesGroups();
        assertEquals(4, groups.size(), "Na, Mn, O, Na: an element split in two runs appears twice as VASP writes it");
    }

    @Test
    void formulasFollowPymatgen() {
        Lattice cubic = Lattice.fromParameters(5, 5, 5, 90, 90, 90);
        java.util.function.Function<String[], Structure> make = symbols -> {
            List<Site> sites = new java.util.ArrayList<>();
            for (int i = 0; i < symbols.length; i++) {
                sites.add(new Site(Element.of(symbols[i]), new double[] {i * 0.01, 0, 0}));
            }
            return new Structure(cubic, sites);
        };
        assertEquals("LiFePO4", make.apply(new String[] {"Li", "Fe", "P", "O", "O", "O", "O"}).reducedFormula());
        assertEquals("Li3Fe2(PO4)3", make.apply(new String[] {"Li", "Li", "Li", "Fe", "Fe", "P", "P", "P", "O", "O",
            "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"}).reducedFormula());
        assertEquals("Na2O2", make.apply(new String[] {"Na", "Na", "O", "O"}).reducedFormula());
        assertEquals("O2", make.apply(new String[] {"O", "O"}).reducedFormula());
        assertEquals("Na2 O2", make.apply(new String[] {"Na", "O", "Na", "O"}).formula());
    }

    /**
     * 425 compositions (random, plus diatomics, peroxides, polyanions, electronegativity ties, Ni124Ti64N64Nb)
     * whose {@code Composition.formula} and {@code reduced_formula} pymatgen 2022.11.7 wrote offline.
     */
    @Test
    void formulasMatchPymatgenOnGeneratedCompositions() throws Exception {
        Path table = Path.of(StructureTest.class.getResource("/structure/formulas-pymatgen.tsv").toURI());
        Lattice cubic = Lattice.fromParameters(5, 5, 5, 90, 90, 90);
        int checked = 0;
        for (String line : Files.readAllLines(table)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            List<Site> sites = new ArrayList<>();
            for (String part : f[0].split(" ")) {
                String[] symbolCount = part.split(":");
                for (int k = 0; k < Integer.parseInt(symbolCount[1]); k++) {
                    sites.add(new Site(Element.of(symbolCount[0]), new double[] {sites.size() * 1e-3, 0, 0}));
                }
            }
            Structure s = new Structure(cubic, sites);
            assertEquals(f[1], s.formula(), f[0]);
            assertEquals(f[2], s.reducedFormula(), f[0]);
            checked++;
        }
        assertTrue(checked > 400);
    }

    /** Formula, sorted order, lengths, angles and volume of every golden input structure, as pymatgen reports them. */
    @TestFactory
    Stream<DynamicTest> goldenStructuresAgreeWithPymatgen() {
        return GoldenInputCases.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            JsonNode g = SharedData.goldenInputs(name).get("structure");
            Structure s = GoldenCases.structure(g);
            assertEquals(g.get("formula").asText(), s.formula());
            assertEquals(g.get("reduced_formula").asText(), s.reducedFormula());
            assertEquals(g.get("nsites").asInt(), s.size());
            assertEquals(g.get("volume").asDouble(), s.lattice().volumeAngstrom3(), 1e-9);
            JsonNode order = SharedData.goldenInputs(name).get("input_sets").get("set_structure").get("sorted_order");
            Structure sorted = s.sortedByElectronegativity();
            for (int k = 0; k < s.size(); k++) {
                assertEquals(s.site(order.get(k).asInt()), sorted.site(k), "get_sorted_structure position " + k);
            }
            for (int k = 0; k < 3; k++) {
                assertEquals(g.get("abc").get(k).asDouble(), s.lattice().abc()[k], 1e-10);
                assertEquals(g.get("angles").get(k).asDouble(), s.lattice().anglesDeg()[k], 1e-8);
            }
        }));
    }

    @Test
    void elementTable() {
        assertEquals(118, Element.all().size());
        assertEquals(44, Element.of("Ru").z());
        assertEquals(101.07, Element.of("Ru").massAmu(), 1e-9);
        assertEquals(3.44, Element.of("O").electronegativityPauling(), 1e-12);
        assertTrue(Element.of("Mn").commonOxidationStates().contains(4));
        assertEquals("Mn", Element.parse("Mn_pv").orElseThrow().symbol());
        assertEquals("O", Element.parse("O_s").orElseThrow().symbol());
        assertEquals("Fe", Element.parse("Fe/3c1bd").orElseThrow().symbol());
        assertTrue(Double.isNaN(Element.of("He").electronegativityPauling()));
    }
}
