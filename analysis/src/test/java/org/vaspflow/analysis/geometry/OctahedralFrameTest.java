package org.vaspflow.analysis.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.PoscarReader;

/**
 * The octahedral frame: a rotated copy of ReO3 (mp-190, an ideal ReO6 octahedron along x, y, z) reports the
 * rotation that was applied, to 1e-6 degrees; the alignment rotation turns it back; distortion measures agree
 * with an independent pymatgen + scipy ConvexHull computation ({@code geometry/generate_octahedra_reference.py}).
 */
class OctahedralFrameTest {
    private static final Structure REO3 = PoscarReader.read(
            SharedData.data("lobster/reo3-orbitalwise/CONTCAR.mp-190.gz")).structure();

    @Test
    void idealOctahedronIsAlignedAndRegular() {
        OctahedralFrame f = OctahedralFrame.of(REO3, 0, "O");
        assertEquals(0, f.rotationAngleDeg(), 1e-9);
        assertEquals(0, f.maxTiltDeg(), 1e-9);
        assertEquals(1, f.distortion().quadraticElongation(), 1e-12);
        assertEquals(0, f.distortion().bondAngleVarianceDeg2(), 1e-12);
        assertEquals(1.8834397761543518, f.distortion().meanBondAngstrom(), 1e-12);
        assertTrue(f.warnings().isEmpty(), f.warnings().toString());
    }

    @ParameterizedTest
    @CsvSource({"1,2,3,20", "0,0,1,35", "1,0,0,7.5", "-1,1,2,0.001", "0.3,-0.5,0.8,28"})
    void reportsTheAppliedRotation(double ax, double ay, double az, double angleDeg) {
        double[][] q = Rotations.axisAngle(new double[] {ax, ay, az}, angleDeg);
        Structure rotated = OctahedralFrame.rotated(REO3, q);
        OctahedralFrame f = OctahedralFrame.of(rotated, 0, "O");
        assertEquals(angleDeg, f.rotationAngleDeg(), 1e-6);
        double[] axis = Rotations.unit(new double[] {ax, ay, az});
        assertArrayEquals(axis, f.rotationAxis(), angleDeg < 0.01 ? 1e-4 : 1e-9);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(q[i], f.rotation()[i], 1e-12);
        }
        assertEquals(angleDeg > 10, !f.warnings().isEmpty(), "warning above 10 deg tilt: " + f.warnings());
        // turned back: the octahedron is on the axes again and the cell is the original one
        Structure back = f.aligned(rotated);
        assertEquals(0, OctahedralFrame.of(back, 0, "O").rotationAngleDeg(), 1e-7);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(REO3.lattice().matrix()[i], back.lattice().matrix()[i], 1e-12);
        }
        for (int k = 0; k < REO3.size(); k++) {
            assertArrayEquals(rotated.site(k).fracCoords(), back.site(k).fracCoords(), 0);
        }
        assertEquals(REO3.distance(0, 1), back.distance(0, 1), 1e-12);
    }

    @Test
    void tiltPerAxis() {
        // 30 deg about z: x' and y' lean 30 deg, z' stays on z
        OctahedralFrame f = OctahedralFrame.of(
                OctahedralFrame.rotated(REO3, Rotations.axisAngle(new double[] {0, 0, 1}, 30)), 0, "O");
        assertArrayEquals(new double[] {30, 30, 0}, f.axisTiltDeg(), 1e-9);
        // a rotation by 60 deg about z is a rotation by 30 deg the other way, modulo the octahedron's 90 deg turn
        OctahedralFrame g = OctahedralFrame.of(
                OctahedralFrame.rotated(REO3, Rotations.axisAngle(new double[] {0, 0, 1}, 60)), 0, "O");
        assertEquals(30, g.rotationAngleDeg(), 1e-9);
        assertArrayEquals(new double[] {0, 0, -1}, g.rotationAxis(), 1e-12);
    }

    @Test
    void distortionAgreesWithIndependentComputation() throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/geometry/octahedra-reference.json")) {
            ref = new ObjectMapper().readTree(in);
        }
        for (JsonNode c : ref.get("cases")) {
            Structure s = PoscarReader.read(SharedData.data(c.get("file").asText())).structure();
            OctahedralFrame f = OctahedralFrame.of(s, c.get("center").asInt(), c.get("ligand").asText());
            OctahedralFrame.Distortion d = f.distortion();
            String what = c.get("file").asText();
            double[] lengths = d.bondLengthsAngstrom().clone();
            Arrays.sort(lengths);
            for (int k = 0; k < 6; k++) {
                assertEquals(c.get("bond_lengths_sorted").get(k).asDouble(), lengths[k], 1e-9, what);
            }
            assertEquals(c.get("volume").asDouble(), d.volumeAngstrom3(), 1e-9, what);
            assertEquals(c.get("quadratic_elongation").asDouble(), d.quadraticElongation(), 1e-9, what);
            assertEquals(c.get("bond_angle_variance").asDouble(), d.bondAngleVarianceDeg2(), 1e-7, what);
            double[] cis = d.cisAnglesDeg().clone();
            Arrays.sort(cis);
            for (int k = 0; k < 12; k++) {
                assertEquals(c.get("cis_angles_sorted").get(k).asDouble(), cis[k], 1e-7, what);
            }
        }
    }

    @Test
    void tiltedOctahedraOfRealStructures() {
        // BaTiO3 (LobsterPy test data): the cell's a, b lie at ±45 deg in the xy plane, so does the TiO6 octahedron
        Structure bto = PoscarReader.read(SharedData.data("lobster/batio3/CONTCAR.gz")).structure();
        OctahedralFrame f = OctahedralFrame.of(bto, 1, "O");
        assertTrue(f.maxTiltDeg() > 30, Arrays.toString(f.axisTiltDeg()));
        assertFalse(f.warnings().isEmpty());
        OctahedralFrame aligned = OctahedralFrame.of(f.aligned(bto), 1, "O");
        assertEquals(0, aligned.rotationAngleDeg(), 1e-7);
        assertTrue(aligned.warnings().isEmpty(), aligned.warnings().toString());
    }

    @Test
    void rutileOsO2BothOctahedraTiltedByFortyFiveDegrees() {
        // rutile (the RuO2 structure; OsO2 from sumo's test data): the two OsO6 octahedra are turned by +-45 deg
        // about the cell axes; after aligning the first, the first is on x, y, z and the second is not
        Structure oso2 = org.vaspflow.io.vasp.xml.VasprunReader.read(SharedData.data("vasp/oso2-rutile/vasprun.xml.gz"),
                org.vaspflow.io.vasp.xml.VasprunOptions.STRUCTURES_ONLY).lastStructure();
        OctahedralFrame first = OctahedralFrame.of(oso2, 0, "O");
        OctahedralFrame second = OctahedralFrame.of(oso2, 1, "O");
        assertEquals(45, first.rotationAngleDeg(), 1e-6);
        assertEquals(45, second.rotationAngleDeg(), 1e-6);
        assertEquals(first.distortion().quadraticElongation(), second.distortion().quadraticElongation(), 1e-12);
        assertTrue(first.distortion().bondLengthSpreadAngstrom() > 0.04, "two short apical, four long equatorial");
        Structure aligned = first.aligned(oso2);
        assertEquals(0, OctahedralFrame.of(aligned, 0, "O").maxTiltDeg(), 1e-6);
        assertTrue(OctahedralFrame.of(aligned, 1, "O").maxTiltDeg() > 30);
    }

    @Test
    void notAnOctahedron() {
        assertThrows(IllegalArgumentException.class, () -> OctahedralFrame.of(REO3, 0, "F"));
        assertThrows(IllegalArgumentException.class, () -> OctahedralFrame.of(REO3, 9, "O"));
    }
}
