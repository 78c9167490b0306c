package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.vasp.out.Doscar;
import org.vaspflow.io.vasp.out.DoscarReader;
import org.vaspflow.io.vasp.out.Eigenval;
import org.vaspflow.io.vasp.out.EigenvalReader;
import org.vaspflow.io.vasp.out.Outcar;
import org.vaspflow.io.vasp.out.OutcarReader;
import org.vaspflow.io.vasp.out.Oszicar;
import org.vaspflow.io.vasp.out.OszicarReader;
import org.vaspflow.io.vasp.out.Procar;
import org.vaspflow.io.vasp.out.ProcarReader;

/** {@code inspect} summaries of OUTCAR, OSZICAR, DOSCAR, PROCAR and EIGENVAL. */
final class OutputFileSummaries {
    private OutputFileSummaries() {
    }

    static void outcar(Path file, boolean arrays, Map<String, Object> entry) {
        Outcar o = OutcarReader.read(file);
        Completeness.put(o.completeness(), entry);
        entry.put("vasp_version", o.versionLine());
        putHeader(o.header(), "NIONS", "natoms", entry);
        putHeader(o.header(), "ISPIN", "ispin", entry);
        putHeader(o.header(), "NKPTS", "nkpoints", entry);
        putHeader(o.header(), "NBANDS", "nbands", entry);
        entry.put("nelect", o.nelect());
        entry.put("efermi", o.efermiEv());
        entry.put("final_energy", o.finalEnergyEv());
        entry.put("n_ionic_steps", o.ionicSteps().size());
        double[] f = o.finalForces();
        double max = Double.NaN;
        for (int i = 0; i + 2 < f.length; i += 3) {
            double n = Math.sqrt(f[i] * f[i] + f[i + 1] * f[i + 1] + f[i + 2] * f[i + 2]);
            max = Double.isNaN(max) ? n : Math.max(max, n);
        }
        entry.put("final_forces_max_norm", max);
        List<Map<String, Double>> mag = new ArrayList<>();
        for (double[] row : o.magnetization()) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int k = 0; k < Math.min(row.length, o.magnetizationColumns().size()); k++) {
                m.put(o.magnetizationColumns().get(k), row[k]);
            }
            mag.add(m);
        }
        entry.put("magnetization", mag);
        entry.put("total_magnetization", o.totalMagnetization());
        entry.put("stopped", o.stopped());
        entry.put("run_stats", o.runStats());
        entry.put("warnings", o.warnings());
    }

    private static void putHeader(Map<String, Double> header, String key, String as, Map<String, Object> entry) {
        Double v = header.get(key);
        if (v != null) {
            entry.put(as, v.longValue());
        }
    }

    static void oszicar(Path file, boolean arrays, Map<String, Object> entry) {
        Oszicar o = OszicarReader.read(file);
        Completeness.put(o.completeness(), entry);
        entry.put("n_ionic_steps", o.ionicSteps().size());
        entry.put("n_electronic_steps", o.electronicSteps().stream().map(List::size).toList());
        entry.put("final_energy", o.finalEnergyEv());
        if (!o.ionicSteps().isEmpty()) {
            entry.put("total_magnetization", o.ionicSteps().get(o.ionicSteps().size() - 1).magnetization());
        }
    }

    static void doscar(Path file, boolean arrays, Map<String, Object> entry) {
        Doscar d = DoscarReader.read(file);
        Dos dos = d.dos();
        Completeness.put(d.completeness(), entry);
        entry.put("efermi", dos.efermiEv());
        entry.put("nedos", dos.nEnergies());
        entry.put("ispin", d.nonCollinear() ? 1 : dos.nSpins());
        entry.put("non_collinear", d.nonCollinear());
        entry.put("natoms", dos.nIons());
        entry.put("orbitals", dos.orbitals());
        if (!d.speciesPerIon().isEmpty()) {
            entry.put("species", d.speciesPerIon());
        }
        if (arrays) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("dos_total", ArrayKeys.of(List.of(Math.min(dos.nSpins(), 2), dos.nEnergies()), dos.total()));
            if (dos.nIons() > 0) {
                a.put("dos_projected", ArrayKeys.of(List.of(dos.nIons(), dos.nSpins(), dos.orbitals().size(),
                        dos.nEnergies()), dos.partial()));
            }
            entry.put("arrays", a);
        }
    }

    static void procar(Path file, boolean arrays, Map<String, Object> entry) {
        Procar p = ProcarReader.read(file);
        Completeness.put(p.completeness(), entry);
        entry.put("ispin", p.nSpins());
        entry.put("nkpoints", p.nKpoints());
        entry.put("nbands", p.nBands());
        entry.put("natoms", p.nIons());
        entry.put("orbitals", p.orbitals());
        entry.put("has_phase", p.hasPhase());
        if (arrays) {
            Map<String, Object> a = new LinkedHashMap<>();
            List<Integer> shape = List.of(p.nSpins(), p.nKpoints(), p.nBands());
            a.put("eigenvalues", ArrayKeys.of(shape, p.energiesEv()));
            a.put("occupations", ArrayKeys.of(shape, p.occupations()));
            a.put("projected", ArrayKeys.of(List.of(p.nSpins(), p.nKpoints(), p.nBands(), p.nIons(),
                    p.orbitals().size()), p.weightsByOrbital()));
            entry.put("arrays", a);
        }
    }

    static void eigenval(Path file, boolean arrays, Map<String, Object> entry) {
        Eigenval e = EigenvalReader.read(file);
        Completeness.put(e.completeness(), entry);
        entry.put("ispin", e.nSpins());
        entry.put("nkpoints", e.nKpoints());
        entry.put("nbands", e.nBands());
        entry.put("nelect", e.nElectrons());
        if (arrays) {
            Map<String, Object> a = new LinkedHashMap<>();
            List<Integer> shape = List.of(e.nSpins(), e.nKpoints(), e.nBands());
            a.put("eigenvalues", ArrayKeys.of(shape, e.energiesEv()));
            a.put("occupations", ArrayKeys.of(shape, e.occupations()));
            entry.put("arrays", a);
        }
    }
}
