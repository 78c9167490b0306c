package org.vaspflow.analysis.bonding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.lobster.Cohpcar;
import org.vaspflow.io.lobster.CohpcarReader;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.testing.SharedData;

/**
 * COHP curves and their integral up to E-fermi against an independent numpy computation and pymatgen's ICOHPLIST
 * values ({@code bonding/generate_cohp_reference.py}): the trapezoid over the window, the file's integral below
 * the window and at E-fermi to 1e-9; the trapezoid total within 3 meV of ICOHPLIST (the measured worst case is
 * bcc Fe on a 0.05 eV grid, 2.6 meV; NaCl on a 0.004 eV grid agrees to 3e-5).
 */
class CohpCurvesTest {
    @Test
    void integralsAgreeWithNumpyAndIcohplist() throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/bonding/cohp-reference.json")) {
            ref = new ObjectMapper().readTree(in);
        }
        int compared = 0;
        for (JsonNode c : ref.get("cases")) {
            String dir = "lobster/" + c.get("folder").asText() + "/";
            Cohpcar file = CohpcarReader.read(SharedData.data(dir + c.get("cohpcar").asText()));
            Icohplist list = IcohplistReader.read(SharedData.data(dir + c.get("icohplist").asText()));
            for (JsonNode g : c.get("curves")) {
                String what = c.get("folder").asText() + " " + g.get("label").asText() + " " + g.get("spin").asText();
                CohpCurves.Curve cv = CohpCurves.of(file, List.of(g.get("label").asText()), g.get("spin").asText())
                        .curves().get(0);
                assertEquals(g.get("window").asDouble(), cv.icohpWindow(), 1e-9, what);
                assertEquals(g.get("below").asDouble(), cv.icohpBelowWindow(), 1e-9, what);
                assertEquals(g.get("column").asDouble(), cv.icohpColumn(), 1e-9, what);
                double sum = 0;
                for (double v : cv.values()) {
                    sum += v;
                }
                assertEquals(g.get("sum_of_curve").asDouble(), sum, 1e-9, what);
                if (g.has("icohplist")) {
                    Icohplist.Bond b = list.bonds().stream().filter(x -> x.label().equals(g.get("label").asText()))
                            .findFirst().orElseThrow();
                    double listed = IcohpAggregation.value(b, g.get("spin").asText());
                    assertEquals(g.get("icohplist").asDouble(), listed, 1e-9, what);
                    assertEquals(listed, cv.icohpColumn(), 5e-5, what + ": the COHPCAR column at E_F is ICOHPLIST's");
                    assertEquals(listed, cv.icohpTrapezoid(), 3e-3, what + ": trapezoid");
                    compared++;
                }
            }
        }
        assertTrue(compared >= 15, "compared " + compared);
    }

    @Test
    void sigmaAndPiCurvesOfAnOrbitalwiseCohpcar() throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/bonding/cohp-reference.json")) {
            ref = new ObjectMapper().readTree(in).get("orbital_groups");
        }
        Cohpcar file = CohpcarReader.read(SharedData.data("lobster/reo3-orbitalwise/COHPCAR.lobster.mp-190.gz"));
        for (JsonNode g : ref.get("curves")) {
            CohpCurves.Curve cv = CohpCurves.of(file, List.of(g.get("label").asText()), "up").curves().get(0);
            String what = g.get("label").asText();
            assertEquals(g.get("window").asDouble(), cv.icohpWindow(), 1e-9, what);
            assertEquals(g.get("below").asDouble(), cv.icohpBelowWindow(), 1e-9, what);
            assertEquals(g.get("column").asDouble(), cv.icohpColumn(), 1e-9, what);
            double sum = 0;
            for (double v : cv.values()) {
                sum += v;
            }
            assertEquals(g.get("sum_of_curve").asDouble(), sum, 1e-9, what);
        }
        // one orbital pair, and the bond is the sum of all its orbital pairs (to the 5-decimal rounding per set)
        CohpCurves.Curve bond = CohpCurves.of(file, List.of("28"), "up").curves().get(0);
        CohpCurves.Curve xy = CohpCurves.of(file, List.of("28:dxy-px"), "up").curves().get(0);
        assertTrue(xy.values().length == bond.values().length);
        long sets = file.sets().stream().filter(d -> d.isOrbitalResolved() && d.bondLabel().equals("28")).count();
        double[] sum = new double[bond.values().length];
        for (int i = 0; i < file.sets().size(); i++) {
            if (file.sets().get(i).isOrbitalResolved() && file.sets().get(i).bondLabel().equals("28")) {
                for (int e = 0; e < sum.length; e++) {
                    sum[e] += file.curve(0, i, e);
                }
            }
        }
        for (int e = 0; e < sum.length; e++) {
            assertEquals(bond.values()[e], sum[e], sets * 0.5e-5 + 1e-5, "energy index " + e);
        }
        assertThrows(IllegalArgumentException.class, () -> CohpCurves.of(file, List.of("28:delta"), "up"));
    }

    @Test
    void spinsAndLabels() {
        Cohpcar f = CohpcarReader.read(SharedData.data("lobster/gaas-spin-emmet/COHPCAR.lobster.gz"));
        CohpCurves both = CohpCurves.of(f, List.of("average", "3"), "both");
        assertEquals(4, both.curves().size());
        assertEquals("down", both.curves().get(1).spin());
        CohpCurves total = CohpCurves.of(f, List.of("3"), "total");
        assertEquals(both.curves().get(2).values()[100] + both.curves().get(3).values()[100],
                total.curves().get(0).values()[100], 1e-12);
        assertTrue(both.curves().get(2).legend().startsWith("No.3 "), both.curves().get(2).legend());
        CohpCurves summed = CohpCurves.of(f, List.of("1+3"), "up");
        CohpCurves bond1 = CohpCurves.of(f, List.of("1"), "up");
        assertEquals(bond1.curves().get(0).values()[120] + both.curves().get(2).values()[120],
                summed.curves().get(0).values()[120], 1e-12);
        assertEquals(bond1.curves().get(0).icohpColumn() + both.curves().get(2).icohpColumn(),
                summed.curves().get(0).icohpColumn(), 1e-12);
        assertTrue(summed.curves().get(0).legend().startsWith("sum of No.1+3"), summed.curves().get(0).legend());
        assertThrows(IllegalArgumentException.class, () -> CohpCurves.of(f, List.of("1+9999"), "up"));
        assertThrows(IllegalArgumentException.class, () -> CohpCurves.of(f, List.of("9999"), "up"));
        assertThrows(IllegalArgumentException.class, () -> CohpCurves.of(f, List.of("1"), "sideways"));
        Cohpcar one = CohpcarReader.read(SharedData.data("lobster/nacl-v51-lcfo/COHPCAR.lobster"));
        assertThrows(IllegalArgumentException.class, () -> CohpCurves.of(one, List.of("1"), "down"));
        assertEquals(1, CohpCurves.of(one, List.of("1"), "both").curves().size());
    }
}
