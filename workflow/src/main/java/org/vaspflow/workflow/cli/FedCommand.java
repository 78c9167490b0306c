package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.analysis.plot.ChartFiles;
import org.vaspflow.analysis.thermo.FreeEnergyDiagram;
import org.vaspflow.analysis.thermo.FreeEnergyPlot;
import org.vaspflow.analysis.thermo.FreeEnergyResult;
import org.vaspflow.analysis.thermo.PathwayLoader;
import org.vaspflow.analysis.thermo.SpeciesFreeEnergy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow fed PATHWAY.yaml}: step free energies, equilibrium and limiting potentials and overpotentials of
 * a pathway (format and definitions: {@code docs/free-energy.md}), optionally the step diagram as PNG or SVG.
 */
@Command(name = "fed", mixinStandardHelpOptions = true,
        description = "Free-energy diagram of a reaction pathway: dG per step, limiting potentials, overpotentials.")
public final class FedCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATHWAY.yaml", description = "The pathway file (docs/free-energy.md).")
    Path pathway;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the step diagram (.png or .svg).")
    Path out;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            ChartFiles.formatOf(out); // a wrong extension is refused before any work
        }
        Path base = pathway.toAbsolutePath().getParent();
        FreeEnergyResult r = FreeEnergyDiagram.compute(PathwayLoader.load(pathway), base);
        if (out != null) {
            ChartFiles.write(FreeEnergyPlot.chart(r), out);
        }
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(toJson(r, out)));
        } else {
            String[] dir = r.directionNames();
            for (FreeEnergyResult.StepResult s : r.steps()) {
                System.out.printf("%-32s dG(U=0) = %9.4f eV%n", s.name(), s.dgU0Ev());
            }
            System.out.printf("U_eq = %.4f V, U_L,%s = %.4f V, U_L,%s = %.4f V, eta_%s = %.4f V, eta_%s = %.4f V%n",
                    r.equilibriumPotentialV(), dir[0], r.limitingPotentialReductionV(), dir[1],
                    r.limitingPotentialOxidationV(), dir[0], r.overpotentialReductionV(), dir[1],
                    r.overpotentialOxidationV());
            r.warnings().forEach(w -> System.err.println("warning: " + w));
        }
        return 0;
    }

    static Map<String, Object> toJson(FreeEnergyResult r, Path plot) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", r.pathway().name());
        o.put("reaction", r.pathway().reaction());
        o.put("process", r.pathway().process());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (FreeEnergyResult.StepResult s : r.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("type", s.type());
            m.put("electrons", s.electrons());
            m.put("dg_u0", s.dgU0Ev());
            m.put("dg_ueq", s.dgUeqEv());
            m.put("dg_limiting_reduction", s.dgULimReductionEv());
            m.put("dg_limiting_oxidation", s.dgULimOxidationEv());
            steps.add(m);
        }
        o.put("steps", steps);
        o.put("equilibrium_potential", r.equilibriumPotentialV());
        o.put("equilibrium_potential_computed", r.computedEquilibriumPotentialV());
        o.put("limiting_potential_reduction", r.limitingPotentialReductionV());
        o.put("limiting_potential_oxidation", r.limitingPotentialOxidationV());
        o.put("overpotential_reduction", r.overpotentialReductionV());
        o.put("overpotential_oxidation", r.overpotentialOxidationV());
        o.put("limiting_step_reduction", r.reductionLimitingStep());
        o.put("limiting_step_oxidation", r.oxidationLimitingStep());
        String[] dir = r.directionNames();
        if (!dir[0].equals("reduction")) {
            o.put("limiting_potential_" + dir[0], r.limitingPotentialReductionV());
            o.put("limiting_potential_" + dir[1], r.limitingPotentialOxidationV());
            o.put("overpotential_" + dir[0], r.overpotentialReductionV());
            o.put("overpotential_" + dir[1], r.overpotentialOxidationV());
        }
        Map<String, Object> species = new LinkedHashMap<>();
        for (SpeciesFreeEnergy s : r.species().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("free_energy", s.freeEnergyEv());
            m.put("energy", s.energyEv());
            m.put("formula_units", s.formulaUnits());
            m.put("zpe", s.zpeEv());
            m.put("ts", s.tsEv());
            m.put("correction", s.correctionEv());
            m.put("source", s.source());
            m.put("complete", s.complete());
            species.put(s.name(), m);
        }
        o.put("species", species);
        o.put("definition", r.definition());
        o.put("warnings", r.warnings());
        if (plot != null) {
            o.put("plot", plot.toString());
        }
        return o;
    }
}
