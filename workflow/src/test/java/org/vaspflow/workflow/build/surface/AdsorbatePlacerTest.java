package org.vaspflow.workflow.build.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.PoscarWriter;

class AdsorbatePlacerTest {
    private static final AdsorbateLibrary LIB = AdsorbateLibrary.builtIn();
    private static final double R_O = 0.66;
    private static final double R_CU = 1.32;

    private static Slab cu111(int n) {
        Structure cu = PymatgenSlabCases.load("local:cu-fcc.POSCAR");
        Slab s = new SlabGenerator(cu, new MillerIndex(1, 1, 1), SlabOptions.of(8, 15)).terminations().get(0);
        return SlabEdits.fixBottomLayers(SlabEdits.inPlaneSupercell(s, new int[][] {{n, 0}, {0, n}}), 2, 0.5);
    }

    private static List<AdsorptionSite> sites(Slab s, AdsorptionSite.Kind kind) {
        return new AdsorptionSiteFinder(s).find(List.of(kind));
    }

    /** Distances from adsorbate atom {@code a} to every slab atom, exact periodic (Structure.distance). */
    private static double[] distancesToSlab(AdsorbatePlacer.Placement p, int a) {
        Structure s = p.structure();
        List<Integer> ads = java.util.Arrays.stream(p.adsorbateIndices()).boxed().toList();
        return java.util.stream.IntStream.range(0, s.size()).filter(j -> !ads.contains(j))
                .mapToDouble(j -> s.distance(a, j)).sorted().toArray();
    }

    @Test
    void oxygenOnTopSitsOneCovalentBondAboveCopper() {
        Slab s = cu111(2);
        AdsorbatePlacer.Result r = AdsorbatePlacer.place(s, LIB.get("O"), sites(s, AdsorptionSite.Kind.TOP),
                AdsorbatePlacer.Options.of(1));
        assertEquals(1, r.placements().size());
        AdsorbatePlacer.Placement p = r.placements().get(0);
        double[] d = distancesToSlab(p, p.adsorbateIndices()[0]);
        assertEquals(R_O + R_CU, d[0], 1e-9);
        assertTrue(d[1] > d[0] + 0.3, "a single nearest neighbour on a top site");
        assertEquals(R_O + R_CU, p.heightAngstrom(), 1e-9);
    }

    @Test
    void oxygenInHollowSitsAtOneBondFromThreeCoppers() {
        Slab s = cu111(2);
        List<AdsorptionSite> hollows = sites(s, AdsorptionSite.Kind.HOLLOW);
        assertEquals(2, hollows.size(), "fcc and hcp hollows");
        AdsorbatePlacer.Result r = AdsorbatePlacer.place(s, LIB.get("O"), hollows, AdsorbatePlacer.Options.of(1));
        assertEquals(2, r.placements().size());
        for (AdsorbatePlacer.Placement p : r.placements()) {
            double[] d = distancesToSlab(p, p.adsorbateIndices()[0]);
            assertEquals(R_O + R_CU, d[0], 1e-9);
            assertEquals(R_O + R_CU, d[1], 1e-9);
            assertEquals(R_O + R_CU, d[2], 1e-9);
            assertTrue(d[3] > d[2] + 0.3);
            // the height follows from the in-plane distance 3.615/sqrt(6) of a hollow to its three atoms
            double rho = 3.615 / Math.sqrt(6);
            assertEquals(Math.sqrt((R_O + R_CU) * (R_O + R_CU) - rho * rho), p.heightAngstrom(), 1e-6);
        }
    }

    @Test
    void orientationsRotateAboutTheNormalAndKeepTheFlags(@TempDir Path dir) {
        Slab s = cu111(3);
        AdsorbatePlacer.Result r = AdsorbatePlacer.place(s, LIB.get("Na2CO3"), sites(s, AdsorptionSite.Kind.BRIDGE),
                AdsorbatePlacer.Options.of(4));
        assertEquals(4 * sites(s, AdsorptionSite.Kind.BRIDGE).size(),
                r.placements().size() + r.rejections().size());
        assertFalse(r.placements().isEmpty());
        for (AdsorbatePlacer.Placement p : r.placements()) {
            Structure st = p.structure();
            assertEquals(s.structure().size() + 6, st.size());
            assertEquals(s.structure().composition().get(Element.of("Cu")) , st.composition().get(Element.of("Cu")));
            assertEquals(2, st.composition().get(Element.of("Na")));
            for (int i : p.adsorbateIndices()) {
                assertFalse(st.site(i).isConstrained(), "adsorbate atoms move");
                double[] d = distancesToSlab(p, i);
                double rSum = CovalentRadii.of(st.site(i).element()) + R_CU;
                assertTrue(d[0] >= 0.75 * rSum - 1e-9, "no atom closer than the limit");
            }
            assertEquals(s.structure().sites().stream().filter(x -> x.isConstrained()).count(),
                    st.sites().stream().filter(x -> x.isConstrained()).count(), "slab keeps its fixed atoms");
            Path f = dir.resolve("POSCAR");
            PoscarWriter.write(Poscar.of(st), f);
            assertEquals(st, PoscarReader.read(f).structure(), "POSCAR re-reads equal");
        }
        // the Na-Na axis of the upright carbonate (along x in its frame) follows the rotation about the normal
        double[] e1 = IntMath.unit(s.structure().lattice().vector(0));
        for (AdsorbatePlacer.Placement p : r.placements()) {
            assertEquals(Math.abs(Math.cos(Math.toRadians(p.rotationDeg()))), Math.abs(IntMath.dot(naAxis(p), e1)), 1e-9);
        }
    }

    @Test
    void aCellTooSmallForTheAdsorbateIsRefusedWithAReason() {
        Slab small = cu111(1);
        AdsorbatePlacer.Result r = AdsorbatePlacer.place(small, LIB.get("Na2CO3"), sites(small, AdsorptionSite.Kind.TOP),
                AdsorbatePlacer.Options.of(2));
        assertTrue(r.placements().isEmpty());
        assertTrue(r.rejections().get(0).reason().contains("periodic image"), r.rejections().get(0).reason());
    }

    @Test
    void tiltsPushAtomsIntoTheSurfaceAndAreRejected() {
        Slab s = cu111(3);
        // CO2 turned upside down (tilt 180 degrees) points its far end into the copper: rejected for a slab contact
        AdsorbatePlacer.Result r = AdsorbatePlacer.place(s, LIB.get("CO2"), sites(s, AdsorptionSite.Kind.TOP),
                new AdsorbatePlacer.Options(1, List.of(0.0, 180.0), 0.75));
        assertEquals(1, r.placements().size());
        assertEquals(0.0, r.placements().get(0).tiltDeg());
        assertEquals(1, r.rejections().size());
        assertTrue(r.rejections().get(0).reason().contains("from slab atom Cu"), r.rejections().get(0).reason());
    }

    private static double[] naAxis(AdsorbatePlacer.Placement p) {
        Structure s = p.structure();
        int[] na = java.util.Arrays.stream(p.adsorbateIndices()).filter(i -> s.site(i).element() == Element.of("Na"))
                .toArray();
        double[] d = IntMath.add(s.cartesian(na[0]), s.cartesian(na[1]), -1);
        // the image at the molecule's own Na-Na distance (the atoms are wrapped into the cell separately)
        double[] f = s.lattice().toFractional(d);
        double[] best = null;
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                double[] c = s.lattice().toCartesian(new double[] {f[0] - Math.rint(f[0]) + a, f[1] - Math.rint(f[1]) + b, f[2]});
                if (best == null || Math.abs(IntMath.norm(c) - 4.6982) < Math.abs(IntMath.norm(best) - 4.6982)) {
                    best = c;
                }
            }
        }
        assertEquals(4.6982, IntMath.norm(best), 1e-3);
        return IntMath.unit(best);
    }
}
