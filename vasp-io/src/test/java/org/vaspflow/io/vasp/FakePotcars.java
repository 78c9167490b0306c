package org.vaspflow.io.vasp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes FAKE, header-only POTCAR files for tests: {@code root/PBE_54/<symbol>/POTCAR}. The header lines have the
 * layout of a real PAW POTCAR (so the reader is tested on that layout) but every number is made up and the
 * pseudopotential tables are replaced by a few filler lines; the first line and TITEL say FAKE, so such a file can
 * never be mistaken for, or used as, a real one. vaspflow ships no real POTCAR.
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
            Path file = root.resolve("PBE_54").resolve(symbol).resolve("POTCAR");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(symbol));
            if (first == null) {
                first = file;
            }
        }
        return first;
    }

    /** The text of one fake POTCAR. */
    public static String text(String symbol) {
        double[] ze = ZVAL_ENMAX.getOrDefault(symbol, new double[] {1, 100});
        String element = symbol.split("[_.]")[0];
        return "  PAW_PBE " + symbol + " 01Jan2000 FAKE header-only POTCAR written by vaspflow tests\n"
                + "   " + ze[0] + "\n"
                + " parameters from PSCTR are:\n"
                + "   VRHFIN =" + element + ": FAKE\n"
                + "   LEXCH  = PE\n"
                + "   EATOM  =     0.0000 eV,    0.0000 Ry\n"
                + "\n"
                + "   TITEL  = PAW_PBE " + symbol + " 01Jan2000 FAKE\n"
                + "   LULTRA =        F    use ultrasoft PP ?\n"
                + "   POMASS =    1.000; ZVAL   =   " + ze[0] + "    mass and valenz\n"
                + "   ENMAX  =  " + ze[1] + "; ENMIN  =  100.000 eV\n"
                + " Description\n"
                + "   FAKE: no pseudopotential data follows\n"
                + "  0.00000000E+00  0.00000000E+00  0.00000000E+00  0.00000000E+00  0.00000000E+00\n"
                + " End of Dataset\n";
    }
}
