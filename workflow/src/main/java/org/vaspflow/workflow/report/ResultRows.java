package org.vaspflow.workflow.report;

import java.util.List;

/** The rows of the report's result tables; every row names its calculation and carries its {@link Provenance}. */
public final class ResultRows {
    private ResultRows() {
    }

    /** Final energy of a calculation ({@link Definitions#ENERGY}); NaN per atom when the site count is unknown. */
    public record Energy(String calculation, String formula, int nSites, double energyEv, double energyPerAtomEv,
            String converged, Provenance provenance) {
    }

    /** Moments of a calculation ({@link Definitions#MAGNETIZATION}); NaN total when OUTCAR printed none. */
    public record Magnetization(String calculation, double totalMuB, List<String> species, List<Double> perSiteMuB,
            Provenance provenance) {
        public Magnetization {
            species = List.copyOf(species);
            perSiteMuB = List.copyOf(perSiteMuB);
        }
    }

    /** M–O first-shell bond statistics of one metal element ({@link Definitions#MO_BONDS}). */
    public record Bonds(String calculation, String metal, int nSites, int nBonds, double meanAngstrom,
            double minAngstrom, double maxAngstrom, Provenance provenance) {
    }

    /** d-band descriptors of one element ({@link Definitions#DBAND}); energies relative to E-fermi. */
    public record Dband(String calculation, String element, double centerEv, double widthEv, double filling,
            double efermiEv, Provenance provenance) {
    }

    /** ICOHP of one element pair ({@link Definitions#ICOHP}). */
    public record Icohp(String calculation, String pair, int count, double sumEv, double meanEv,
            double minLengthAngstrom, double maxLengthAngstrom, Provenance provenance) {
    }
}
