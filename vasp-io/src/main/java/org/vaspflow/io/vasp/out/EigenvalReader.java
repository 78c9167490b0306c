package org.vaspflow.io.vasp.out;

import java.nio.file.Path;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads EIGENVAL:
 *
 * <pre>
 *    14   14    1    2                          NIONS NIONS NBLOCK ISPIN
 *   (3 lines), system name
 *     128      1     80                         NELECT NKPTS NBANDS
 *
 *   0.0000000E+00  0.0000000E+00  0.0000000E+00  0.1000000E+01      k-point and weight
 *     1      -26.986119    -26.986074   1.000000   1.000000        band, E(up) [E(down)] occ(up) [occ(down)]
 * </pre>
 *
 * Older files (VASP 5.2) print no occupations: they are NaN then. A file cut short is returned with the k-points
 * it completed and {@code complete == false}; damage elsewhere is a {@link ParseException}.
 */
public final class EigenvalReader {
    private EigenvalReader() {
    }

    public static Eigenval read(Path file) {
        return TextCursor.read(file, EigenvalReader::parse);
    }

    private static Eigenval parse(TextCursor c) {
        c.require("the EIGENVAL header");
        double[] h = c.doubles(c.current());
        if (h.length < 4) {
            throw c.error("expected NIONS NIONS NBLOCK ISPIN");
        }
        int spins = (int) h[3];
        if (spins != 1 && spins != 2) {
            throw c.error("ISPIN must be 1 or 2");
        }
        for (int i = 0; i < 4; i++) {
            c.require("header line " + (i + 2));
        }
        c.require("NELECT NKPTS NBANDS");
        double[] dims = c.doubles(c.current());
        if (dims.length < 3 || dims[1] < 1 || dims[2] < 1) {
            throw c.error("expected NELECT NKPTS NBANDS");
        }
        int nk = (int) dims[1];
        int nb = (int) dims[2];
        double[] k = new double[3 * nk];
        double[] w = new double[nk];
        double[] e = new double[spins * nk * nb];
        double[] occ = new double[spins * nk * nb];
        java.util.Arrays.fill(occ, Double.NaN);
        int kRead = 0;
        Completeness done = Completeness.COMPLETE;
        try {
            for (int kp = 0; kp < nk; kp++) {
                String line;
                do {
                    line = c.require("k-point " + (kp + 1));
                } while (line.isBlank());
                double[] kw = c.doubles(line);
                if (kw.length < 4) {
                    throw c.error("expected three coordinates and a weight");
                }
                System.arraycopy(kw, 0, k, 3 * kp, 3);
                w[kp] = kw[3];
                for (int b = 0; b < nb; b++) {
                    c.require("band " + (b + 1) + " of k-point " + (kp + 1));
                    double[] row = c.doubles(c.current());
                    if (row.length != 1 + spins && row.length != 1 + 2 * spins) {
                        throw c.error("expected the band index, " + spins + " energies and (VASP 5.4+) "
                                + spins + " occupations");
                    }
                    for (int s = 0; s < spins; s++) {
                        e[(s * nk + kp) * nb + b] = row[1 + s];
                        if (row.length >= 1 + 2 * spins) {
                            occ[(s * nk + kp) * nb + b] = row[1 + spins + s];
                        }
                    }
                }
                kRead++;
            }
        } catch (ParseException ex) {
            if (c.peek() != null) {
                throw ex; // damage inside the file; only a file cut short (damage on its last line) is partial
            }
            done = Completeness.partial(ex);
        }
        return new Eigenval(spins, kRead, nb, dims[0], java.util.Arrays.copyOf(k, 3 * kRead),
                java.util.Arrays.copyOf(w, kRead), trim(e, spins, nk, kRead, nb), trim(occ, spins, nk, kRead, nb), done);
    }

    /** Keeps the first {@code kRead} k-points of each spin of a [spin][k][band] array. */
    private static double[] trim(double[] a, int spins, int nk, int kRead, int nb) {
        if (kRead == nk) {
            return a;
        }
        double[] out = new double[spins * kRead * nb];
        for (int s = 0; s < spins; s++) {
            System.arraycopy(a, s * nk * nb, out, s * kRead * nb, kRead * nb);
        }
        return out;
    }
}
