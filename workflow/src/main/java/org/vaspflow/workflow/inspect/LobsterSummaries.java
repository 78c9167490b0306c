package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.lobster.Charge;
import org.vaspflow.io.lobster.ChargeReader;
import org.vaspflow.io.lobster.Cohpcar;
import org.vaspflow.io.lobster.CohpcarReader;
import org.vaspflow.io.lobster.Grosspop;
import org.vaspflow.io.lobster.GrosspopReader;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.lobster.Lobsterout;
import org.vaspflow.io.lobster.LobsterDoscar;
import org.vaspflow.io.lobster.LobsterDoscarReader;
import org.vaspflow.io.lobster.Lobsterin;
import org.vaspflow.io.lobster.LobsterinReader;
import org.vaspflow.io.lobster.LobsteroutReader;

/** {@code inspect} summaries of LOBSTER files. */
final class LobsterSummaries {
    private LobsterSummaries() {
    }

    static void icohplist(Path file, boolean arrays, Map<String, Object> entry) {
        Icohplist list = IcohplistReader.read(file);
        Completeness.put(list.completeness(), entry);
        entry.put("kind", list.kind().name());
        entry.put("ispin", list.spinPolarized() ? 2 : 1);
        entry.put("entries", IcohpEntries.of(list.bonds(), list.spinPolarized()));
    }

    static void cohpcar(Path file, boolean arrays, Map<String, Object> entry) {
        Cohpcar c = CohpcarReader.read(file);
        Completeness.put(c.completeness(), entry);
        entry.put("kind", c.kind().name());
        entry.put("ispin", c.nSpins());
        entry.put("efermi", c.efermiEv());
        entry.put("n_energies", c.nEnergies());
        entry.put("n_bonds", c.sets().stream().filter(s -> !s.isOrbitalResolved() && !s.bondLabel().equals("average")).count());
        entry.put("n_orbital_sets", c.sets().stream().filter(Cohpcar.DataSet::isOrbitalResolved).count());
    }

    static void lobsterout(Path file, boolean arrays, Map<String, Object> entry) {
        Lobsterout o = LobsteroutReader.read(file);
        Completeness.put(o.completeness(), entry);
        entry.put("lobster_version", o.version());
        entry.put("threads", o.threads());
        entry.put("dft_program", o.dftProgram());
        entry.put("charge_spilling_percent", o.chargeSpillingPercent());
        entry.put("total_spilling_percent", o.totalSpillingPercent());
        entry.put("elements", o.elements());
        entry.put("basis_functions", o.basisFunctions());
        entry.put("warnings", o.warnings());
        entry.put("wall_time_s", o.wallTimeSeconds());
    }

    static void charge(Path file, boolean arrays, Map<String, Object> entry) {
        Charge c = ChargeReader.read(file);
        entry.put("atoms", c.atoms());
        entry.put("mulliken", c.mulliken());
        entry.put("loewdin", c.loewdin());
    }

    static void lobsterin(Path file, boolean arrays, Map<String, Object> entry) {
        Lobsterin in = LobsterinReader.read(file);
        List<List<String>> lines = new ArrayList<>();
        for (Lobsterin.Entry e : in.entries()) {
            lines.add(List.of(e.keyword(), e.value()));
        }
        entry.put("keywords", lines);
    }

    static void grosspop(Path file, boolean arrays, Map<String, Object> entry) {
        Grosspop g = GrosspopReader.read(file);
        List<Map<String, Object>> atoms = new ArrayList<>();
        for (Grosspop.Atom a : g.atoms()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("atom", a.element() + a.number());
            m.put("mulliken", a.mulliken());
            m.put("loewdin", a.loewdin());
            atoms.add(m);
        }
        entry.put("atoms", atoms);
    }

    static void doscar(Path file, boolean arrays, Map<String, Object> entry) {
        LobsterDoscar d = LobsterDoscarReader.read(file);
        Completeness.put(d.completeness(), entry);
        entry.put("ispin", d.total().nSpins());
        entry.put("nedos", d.total().nEnergies());
        entry.put("natoms", d.atoms().size());
        entry.put("species", d.atoms().stream().map(a -> a.element().symbol()).toList());
        entry.put("orbitals", d.atoms().stream().map(LobsterDoscar.AtomDos::orbitals).toList());
        if (arrays) {
            entry.put("arrays", Map.of("dos_total", ArrayKeys.of(List.of(d.total().nSpins(), d.total().nEnergies()),
                    d.total().total())));
        }
    }
}
