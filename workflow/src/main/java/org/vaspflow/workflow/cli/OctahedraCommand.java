package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.analysis.geometry.OctahedralFrame;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.workflow.inputs.StructureFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow octahedra STRUCTURE --center EL --ligand O [--json] [--rotate-out POSCAR]}: the local frame of
 * every EL-centred octahedron (rotation from the Cartesian axes, tilt of each axis, distortion), a warning when
 * t2g/eg projections would be mixed, and optionally the structure rotated so that one octahedron is aligned.
 */
@Command(name = "octahedra", mixinStandardHelpOptions = true,
        description = "Octahedral frames: axes, rotation from x/y/z, distortion; write a rotated POSCAR.")
public final class OctahedraCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "POSCAR/CONTCAR, CIF, pymatgen JSON or vasprun.xml.")
    Path structure;

    @Option(names = "--center", required = true, description = "Element at the octahedron centres, e.g. Ru.")
    String center;

    @Option(names = "--ligand", defaultValue = "O", description = "Ligand element. Default: ${DEFAULT-VALUE}.")
    String ligand;

    @Option(names = "--site", description = "Only this 0-based site (and align to it with --rotate-out).")
    Integer site;

    @Option(names = "--tilt-warning", defaultValue = "10", paramLabel = "DEG",
            description = "Warn when an octahedral axis leans more than this from x, y, z. Default: ${DEFAULT-VALUE}.")
    double tiltWarningDeg;

    @Option(names = "--rotate-out", paramLabel = "POSCAR",
            description = "Write the structure rotated so that the (first or --site) octahedron lies along x, y, z.")
    Path rotateOut;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Structure s = StructureFiles.read(structure);
        List<Integer> sites = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.site(i).element().symbol().equals(center) && (site == null || site == i)) {
                sites.add(i);
            }
        }
        if (sites.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no " + center + " site"
                    + (site == null ? "" : " at index " + site) + " in " + structure);
        }
        List<OctahedralFrame> frames = new ArrayList<>();
        for (int i : sites) {
            frames.add(OctahedralFrame.of(s, i, ligand, tiltWarningDeg));
        }
        if (rotateOut != null) {
            Structure rotated = frames.get(0).aligned(s);
            PoscarWriter.write(Poscar.of(rotated.withComment(s.comment() + " rotated: octahedron of site "
                    + frames.get(0).centerSite() + " along x,y,z")), rotateOut);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", structure.toString());
            out.put("formula", s.formula());
            out.put("center", center);
            out.put("ligand", ligand);
            out.put("octahedra", frames.stream().map(OctahedraCommand::frameJson).toList());
            if (rotateOut != null) {
                out.put("rotated_poscar", rotateOut.toString());
                out.put("alignment_rotation", frames.get(0).alignmentRotation());
            }
            out.put("definition", Map.of(
                    "rotation", "R maps x,y,z onto the octahedral axes (Kabsch fit to an ideal octahedron; of the 24 "
                            + "equivalent choices the smallest angle)",
                    "axis_tilt", "angle of each octahedral axis to the nearest Cartesian axis",
                    "quadratic_elongation", "Robinson, Gibbs & Ribbe, Science 172, 567 (1971): mean (l_i/l_0)^2",
                    "bond_angle_variance", "Robinson et al. 1971: sum over 12 cis angles (theta-90)^2 / 11, deg^2",
                    "rotated_poscar", "lattice vectors rotated by R^T, fractional coordinates unchanged"));
            System.out.println(Json.MAPPER.writeValueAsString(out));
        } else {
            for (OctahedralFrame f : frames) {
                System.out.printf(Locale.ROOT, "site %3d  rotation %7.3f deg  tilts %6.2f %6.2f %6.2f deg  <lambda> %.5f  "
                        + "sigma2 %.3f deg2  bonds %.3f-%.3f A%n", f.centerSite(), f.rotationAngleDeg(), f.axisTiltDeg()[0],
                        f.axisTiltDeg()[1], f.axisTiltDeg()[2], f.distortion().quadraticElongation(),
                        f.distortion().bondAngleVarianceDeg2(), min(f.distortion().bondLengthsAngstrom()),
                        max(f.distortion().bondLengthsAngstrom()));
                f.warnings().forEach(w -> System.err.println("warning: " + w));
            }
        }
        return 0;
    }

    private static Map<String, Object> frameJson(OctahedralFrame f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", f.centerSite());
        m.put("ligand_sites", f.ligandSites());
        m.put("ligand_vectors", f.ligandVectorsAngstrom());
        m.put("rotation_matrix", f.rotation());
        m.put("rotation_angle", f.rotationAngleDeg());
        m.put("rotation_axis", f.rotationAxis());
        m.put("axis_tilt", f.axisTiltDeg());
        m.put("max_tilt", f.maxTiltDeg());
        m.put("bond_lengths", f.distortion().bondLengthsAngstrom());
        m.put("mean_bond_length", f.distortion().meanBondAngstrom());
        m.put("bond_length_spread", f.distortion().bondLengthSpreadAngstrom());
        m.put("volume", f.distortion().volumeAngstrom3());
        m.put("quadratic_elongation", f.distortion().quadraticElongation());
        m.put("bond_angle_variance", f.distortion().bondAngleVarianceDeg2());
        m.put("projections_mixed", f.warnings().stream().anyMatch(w -> w.contains("mixed")));
        m.put("warnings", f.warnings());
        return m;
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
