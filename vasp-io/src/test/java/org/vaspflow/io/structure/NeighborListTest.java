package org.vaspflow.io.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.GoldenCases;
import org.vaspflow.io.testing.SharedData;

class NeighborListTest {
    @TestFactory
    Stream<DynamicTest> goldenNeighbours() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : GoldenInputCases.names()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                JsonNode g = SharedData.goldenInputs(name);
                Structure s = GoldenCases.structure(g.get("structure"));
                JsonNode nb = g.get("neighbours");
                double cutoff = nb.get("cutoff_A").asDouble();
                NeighborList list = NeighborList.of(s, cutoff);
                for (int i = 0; i < nb.get("n_within_cutoff").size(); i++) {
                    assertEquals(nb.get("n_within_cutoff").get(i).asInt(), list.count(i), "site " + i);
                    NeighborList wide = list;
                    double r = cutoff;
                    while (wide.count(i) < 6) {
                        r += 1.0;
                        wide = NeighborList.of(s, r);
                    }
                    JsonNode expected = nb.get("nearest_distances").get(i);
                    for (int k = 0; k < expected.size(); k++) {
                        assertEquals(expected.get(k).asDouble(), wide.distanceAngstrom(i, k), 1e-6,
                                "site " + i + " neighbour " + k);
                    }
                }
            }));
        }
        assertTrue(tests.size() >= 30);
        return tests.stream();
    }

    /** A cell skewed so far that the minimum-image shortcut misses neighbours; brute force over many images agrees. */
    @Test
    void stronglySkewedCellMatchesBruteForce() {
        Lattice lat = Lattice.fromMatrix(new double[][] {{3, 0, 0}, {17.3, 2.5, 0}, {-11.1, 9.4, 2.2}});
        Structure s = new Structure(lat, List.of(new Site(Element.of("Na"), new double[] {0.1, 0.2, 0.3}),
                new Site(Element.of("Cl"), new double[] {0.6, 0.55, 0.9}),
                new Site(Element.of("O"), new double[] {1.7, -0.2, 0.05})));
        double cutoff = 6.0;
        NeighborList list = NeighborList.of(s, cutoff);
        for (int i = 0; i < s.size(); i++) {
            List<Double> brute = new ArrayList<>();
            double[] xi = s.cartesian(i);
            for (int j = 0; j < s.size(); j++) {
                for (int a = -110; a <= 110; a++) {
                    for (int b = -13; b <= 13; b++) {
                        for (int c = -13; c <= 13; c++) {
                            double[] f = s.site(j).fracCoords();
                            double[] x = lat.toCartesian(new double[] {f[0] + a, f[1] + b, f[2] + c});
                            double d = Math.sqrt(Math.pow(x[0] - xi[0], 2) + Math.pow(x[1] - xi[1], 2)
                                    + Math.pow(x[2] - xi[2], 2));
                            if (d <= cutoff * (1 + 5e-13) && d > 1e-8) { // the list includes the cutoff with a relative 5e-13 for rounding
                                brute.add(d);
                            }
                        }
                    }
                }
            }
            double[] expected = brute.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            assertTrue(expected.length > 10, "test cell must have many neighbours");
            assertEquals(expected.length, list.count(i), "site " + i);
            double[] got = list.distancesAngstrom(i);
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], got[k], 1e-9);
            }
        }
        // images reproduce the distances
        for (int k = 0; k < list.count(0); k++) {
            int j = list.neighbor(0, k);
            int[] img = list.image(0, k);
            double[] f = s.site(j).fracCoords();
            double[] x = lat.toCartesian(new double[] {f[0] + img[0], f[1] + img[1], f[2] + img[2]});
            double[] x0 = s.cartesian(0);
            double d = Math.sqrt(Math.pow(x[0] - x0[0], 2) + Math.pow(x[1] - x0[1], 2) + Math.pow(x[2] - x0[2], 2));
            assertEquals(list.distanceAngstrom(0, k), d, 1e-9);
        }
    }

    @Test
    void largeSupercellScalesAndCountsStayPerSite() {
        Structure rockSalt = new Structure(Lattice.fromParameters(5.64, 5.64, 5.64, 90, 90, 90), List.of(
                new Site(Element.of("Na"), new double[] {0, 0, 0}), new Site(Element.of("Na"), new double[] {0, .5, .5}),
                new Site(Element.of("Na"), new double[] {.5, 0, .5}), new Site(Element.of("Na"), new double[] {.5, .5, 0}),
                new Site(Element.of("Cl"), new double[] {.5, 0, 0}), new Site(Element.of("Cl"), new double[] {0, .5, 0}),
                new Site(Element.of("Cl"), new double[] {0, 0, .5}), new Site(Element.of("Cl"), new double[] {.5, .5, .5})));
        Structure big = rockSalt.supercell(8, 8, 8);
        assertEquals(4096, big.size());
        NeighborList list = NeighborList.of(big, 3.0);
        for (int i = 0; i < big.size(); i++) {
            assertEquals(6, list.count(i));
            assertEquals(2.82, list.distanceAngstrom(i, 0), 1e-9);
        }
        assertEquals(Arrays.toString(new double[] {2.82, 2.82, 2.82, 2.82, 2.82, 2.82}),
                Arrays.toString(Arrays.stream(list.distancesAngstrom(0)).map(d -> Math.round(d * 1e9) / 1e9).toArray()));
    }
    /**
     * A sheared but equivalent description of rock salt (supercell matrix with det 1 and a long skewed vector):
     * every ion still has exactly six neighbours at a/2, and the exact {@link Structure#distance} agrees.
     */
    @Test
    void shearedEquivalentCellKeepsRockSaltNeighbours() {
        double h = 2.82;
        Structure primitive = new Structure(Lattice.fromMatrix(new double[][] {{0, h, h}, {h, 0, h}, {h, h, 0}}),
                List.of(new Site(Element.of("Na"), new double[] {0, 0, 0}),
                        new Site(Element.of("Cl"), new double[] {.5, .5, .5})));
        Structure sheared = primitive.supercell(new int[][] {{1, 9, -4}, {0, 1, 0}, {0, 5, 1}});
        assertEquals(2, sheared.size());
        assertTrue(sheared.lattice().perpendicularWidthsAngstrom()[1] < 0.2, "the cell must be thin");
        NeighborList list = NeighborList.of(sheared, 5.0);
        NeighborList reference = NeighborList.of(primitive, 5.0);
        for (int i = 0; i < 2; i++) {
            assertEquals(6, NeighborList.of(sheared, 3.0).count(i));
            assertArrayEquals(reference.distancesAngstrom(i), list.distancesAngstrom(i), 1e-9);
            assertEquals(0, sheared.distance(i, i));
        }
        assertEquals(h, sheared.distance(0, 1), 1e-9);
        assertEquals(h, sheared.distance(1, 0), 1e-9);
    }

    @Test
    void invalidCutoffIsRejected() {
        Structure s = new Structure(Lattice.fromParameters(3, 3, 3, 90, 90, 90),
                List.of(new Site(Element.of("Cu"), new double[] {0, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> NeighborList.of(s, 0));
        assertThrows(IllegalArgumentException.class, () -> NeighborList.of(s, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> NeighborList.of(s, 1e5), "absurd cutoff: too many images");
        assertEquals(0, NeighborList.of(new Structure(s.lattice(), List.of()), 3).siteCount());
    }
}
