package org.vaspflow.io.vasp.out;

import org.vaspflow.io.parse.ByteLines;

/**
 * The LORBIT=12 phase block that follows a band's ion table (its {@code ion  s  py …} header already read), into
 * {@link Procar#phase()}:
 *
 * <pre>
 * ion          s             py             pz     …                      VASP 5.4.4+: one row per ion,
 *     1 -0.130  0.199  -0.000 -0.000   0.000  0.000 …   0.057            (re, im) per orbital, then the charge
 * charge 0.769          0.000 …
 *
 *     1  -0.130 -0.000  0.000 …   (re)                                    VASP ≤ 5.4.1: two rows per ion,
 *     1   0.199 -0.000  0.000 …   (im)                                    real parts, then imaginary parts
 * </pre>
 *
 * The block ends at its {@code charge} line or at a blank line.
 */
final class ProcarPhase {
    private ProcarPhase() {
    }

    static void read(ByteLines c, ProcarReader.ProcarSink s) {
        int norb = s.orbitals.size();
        int base = 2 * s.projectionOffset();
        boolean[] realSeen = new boolean[s.ni];
        int first;
        while ((first = c.peekFirst()) >= 0) {
            if (first == ' ') {
                return;
            }
            c.next();
            if (c.startsWith("charge")) {
                return;
            }
            int n = c.doubles();
            double[] row = c.values();
            int ion = n == 0 ? -1 : (int) row[0] - 1;
            if (ion < 0 || ion >= s.ni || row[0] != ion + 1) {
                throw c.error("expected an ion number from 1 to " + s.ni + " in the phase block");
            }
            int at = base + 2 * ion * norb;
            if (n >= 1 + 2 * norb) {
                for (int k = 0; k < 2 * norb; k++) {
                    s.phase[at + k] = (float) row[1 + k];
                }
            } else if (n >= 1 + norb) {
                int part = realSeen[ion] ? 1 : 0;
                realSeen[ion] = true;
                for (int o = 0; o < norb; o++) {
                    s.phase[at + 2 * o + part] = (float) row[1 + o];
                }
            } else {
                throw c.error("expected " + norb + " phase factors (or " + 2 * norb + " re/im values)");
            }
        }
    }
}
