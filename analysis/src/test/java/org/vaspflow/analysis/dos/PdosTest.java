package org.vaspflow.analysis.dos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.vaspflow.io.testing.SharedData;

/** Selection syntax, integrals on analytic densities, smearing edges, DOSCAR.lobster d-band against golden. */
class PdosTest {
    @Test
    void parsesSelections() {
        DosSelection s = Pdos.parse("Ru+Ir:t2g:up", "total");
        assertEquals(List.of("Ru", "Ir"), s.elements());
        assertEquals("t2g", s.orbitals());
        assertEquals("up", s.spin());
        DosSelection sites = Pdos.parse("0+3:dx2-y2", "total");
        assertEquals(List.of(0, 3), sites.sites());
        assertEquals("0+3:dx2-y2:total", Pdos.describe(sites));
        assertEquals("*:s:down", Pdos.describe(Pdos.parse("*:s", "down")));
        assertTrue(Pdos.isD(Pdos.parse("Fe:eg", "total")));
        assertTrue(!Pdos.isD(Pdos.parse("O:p", "total")));
        assertThrows(IllegalArgumentException.class, () -> Pdos.parse("Ru", "total"));
        assertThrows(IllegalArgumentException.class, () -> Pdos.parse("Ru:q", "total"));
        assertThrows(IllegalArgumentException.class, () -> Pdos.parse("ru:d", "total"));
        assertThrows(IllegalArgumentException.class, () -> Pdos.parse("Ru:d:sideways", "total"));
        assertEquals("dx2-y2", ProjectedDos.vaspName("4d_x^2-y^2"));
        assertEquals("dz2", ProjectedDos.vaspName("3d_z^2"));
        assertEquals("py", ProjectedDos.vaspName("2p_y"));
        assertEquals("dx2-y2", ProjectedDos.vaspName("x2-y2"));
    }

    @Test
    void integralToFermiOnAnalyticDensities() {
        double[] eps = {-2.0, -1.0, -0.25, 0.5, 1.5};
        // rho = 1: the count is the length of [-2, 0]
        assertEquals(2.0, Pdos.integralToFermi(eps, new double[] {1, 1, 1, 1, 1}), 1e-15);
        // rho = eps + 2 is linear, so the trapezoid is exact: integral of (e + 2) from -2 to 0 = 2
        double[] lin = new double[eps.length];
        for (int i = 0; i < eps.length; i++) {
            lin[i] = eps[i] + 2;
        }
        assertEquals(2.0, Pdos.integralToFermi(eps, lin), 1e-15);
        assertEquals(0.0, Pdos.integralToFermi(new double[] {0.1, 0.2}, new double[] {1, 1}), 0);
    }

    @Test
    void smearingConservesTheSumAndReflectsAtTheEdges() {
        double[] e = new double[50];
        double[] rho = new double[50];
        for (int i = 0; i < 50; i++) {
            e[i] = 0.1 * i;
        }
        rho[0] = 1; // a spike on the edge stays inside: reflection returns what would leave the grid
        double[] sm = Pdos.smear(e, rho, 0.3);
        double sum = 0;
        for (double v : sm) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12);
        assertTrue(sm[0] > sm[1] && sm[1] > sm[5]);
        assertEquals(1, Pdos.reflect(-2, 5));
        assertEquals(4, Pdos.reflect(5, 5));
        assertEquals(0, Pdos.reflect(-11, 5));
        assertThrows(IllegalArgumentException.class, () -> Pdos.smear(e, rho, 0));
    }

    @Test
    void dbandFromDoscarLobsterMatchesGolden() {
        JsonNode g = SharedData.golden("gaas-spin-emmet").get("files").get("DOSCAR.lobster.gz").get("dband")
                .get("by_element").get("Ga");
        ProjectedDos dos = ProjectedDos.read(SharedData.data("lobster/gaas-spin-emmet/DOSCAR.lobster.gz"));
        DosSelection ga = new DosSelection(List.of("Ga"), List.of(), "d", "total");
        DBand all = DBand.of(dos, ga, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        DBand window = DBand.of(dos, ga, -10, 0);
        assertEquals(g.get("band_center_summed_erange_none").asDouble(), all.centerEv(), 1e-6);
        assertEquals(g.get("band_width_summed_erange_none").asDouble(), all.widthEv(), 1e-6);
        assertEquals(g.get("band_center_summed_erange_-10_0").asDouble(), window.centerEv(), 1e-6);
        assertEquals(g.get("band_width_summed_erange_-10_0").asDouble(), window.widthEv(), 1e-6);
        assertEquals(g.get("band_filling_summed").asDouble(), all.filling(), 1e-6);
    }

    @Test
    void doscarAndVasprunOfOneRunAgree() {
        // same VASP run (K4Sn4O6, ISPIN=2, LORBIT=11): the DOSCAR and vasprun.xml grids and projections agree to
        // their printed precision; E-fermi differs slightly between the two files, so counts agree to ~3e-4
        ProjectedDos doscar = ProjectedDos.read(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/DOSCAR"));
        ProjectedDos vasprun = ProjectedDos.read(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/vasprun.xml"));
        assertEquals(vasprun.nEnergies(), doscar.nEnergies());
        for (String sel : List.of("Sn:d:up", "O:p:total", "K:s:down")) {
            PdosCurves.Curve a = PdosCurves.of(doscar, List.of(sel), 0).curves().get(0);
            PdosCurves.Curve b = PdosCurves.of(vasprun, List.of(sel), 0).curves().get(0);
            assertEquals(b.electrons(), a.electrons(), 5e-4 * b.electrons(), sel);
            double sa = 0;
            double sb = 0;
            for (int i = 0; i < a.density().length; i++) {
                sa += a.density()[i];
                sb += b.density()[i];
            }
            assertEquals(sb, sa, 1e-3 * sb, sel);
        }
    }

    @Test
    void plotMarksTheBandCentre() {
        ProjectedDos dos = ProjectedDos.read(SharedData.data("vasp/lifepo4-spin/vasprun.xml.gz"));
        PdosCurves c = PdosCurves.of(dos, List.of("Fe:d:total", "O:p"), 0.1);
        XYChart chart = PdosPlot.chart(c, -8, 4, "t");
        XYSeries centre = chart.getSeriesMap().entrySet().stream().filter(e -> e.getKey().startsWith("band centre"))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
        assertEquals(c.curves().get(0).dCenterEv(), centre.getXData()[0], 1e-12);
        assertEquals(1 + 2 + 1 + 1, chart.getSeriesMap().size(), "3 curves, E_F, one d-band centre");
        XYSeries down = chart.getSeriesMap().get("O:p:down (drawn negative)");
        double min = 0;
        for (double y : down.getYData()) {
            min = Math.min(min, y);
        }
        assertTrue(min < -1, "spin down drawn downwards");
    }
}
