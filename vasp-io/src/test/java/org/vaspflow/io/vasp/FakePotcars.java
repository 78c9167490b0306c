package org.vaspflow.io.vasp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes FAKE, header-only POTCAR files (no pseudopotential data) for tests: {@code root/PBE_54/<symbol>/POTCAR}.
 * Each starts with a line saying it is fake, so it can never be mistaken for a real one.
 */
public final class FakePotcars {
    private static final Map<String, double[]> ZVAL_ENMAX = Map.of(
            "Na_pv", new double[] {7, 259.561}, "O", new double[] {6, 400.0}, "Mn_pv", new double[] {13, 269.865},
            "Ru_pv", new double[] {14, 240.044}, "Li_sv", new double[] {3, 499.034}, "C", new double[] {4, 400.0},
            "Fe_pv", new double[] {14, 293.238}, "Cl", new double[] {7, 262.472});

    private FakePotcars() {
    }

    /** Writes fake POTCARs for the symbols and returns the POTCAR of the first symbol. */
    public static Path write(Path root, String... symbols) throws IOException {
        Path first = null;
        for (String symbol : symbols) {
            double[] ze = ZVAL_ENMAX.getOrDefault(symbol, new double[] {1, 100});
            String element = symbol.split("_")[0];
            String text = "  PAW_PBE " + symbol + " 01Jan2000 (FAKE header-only POTCAR written by vaspflow tests)\n"
                    + "   " + ze[0] + "\n"
                    + " parameters from PSCTR are:\n"
                    + "   VRHFIN =" + element + ": fake\n"
                    + "   TITEL  = PAW_PBE " + symbol + " 01Jan2000\n"
                    + "   POMASS =   1.000; ZVAL   =   " + ze[0] + "    mass and valenz\n"
                    + "   ENMAX  =  " + ze[1] + "; ENMIN  =  100.000 eV\n"
                    + " End of Dataset\n";
            Path file = root.resolve("PBE_54").resolve(symbol).resolve("POTCAR");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            if (first == null) {
                first = file;
            }
        }
        return first;
    }
}
