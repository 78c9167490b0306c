package org.vaspflow.io.vasp.out;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import org.vaspflow.io.parse.ByteLines;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.RowBlocks;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.vasp.PoscarReader;

/**
 * Reads DOSCAR:
 *
 * <pre>
 *   14  14   1   0                      NIONS, NIONS, 1 when projections follow, 0
 *   (3 lines: volume, lattice lengths, POTIM; temperature; "CAR"; system name)
 *      11.68109029 -28.82741438  301  2.53291965  1.00000000    EMAX EMIN NEDOS EFERMI weight
 *     -28.827  0.0000E+00  0.0000E+00  0.0000E+00  0.0000E+00   E, DOS(up, down), IDOS(up, down)  × NEDOS
 *      11.68109029 -28.82741438  301  2.53291965  1.00000000    per ion: the same header line, then
 *     -28.827  s(up) s(down) py(up) py(down) …                  E and the projected columns        × NEDOS
 * </pre>
 *
 * The layout of the projected columns follows from their number and the spin of the total block: per orbital
 * {@code s p d [f]} (LORBIT 10) or {@code s py pz px dxy dyz dz2 dxz dx2 [7 f]} (LORBIT 11), two columns per
 * orbital when spin-polarised, four (total, mx, my, mz) when non-collinear. Sixteen columns in a non-spin file are
 * read as lm-decomposed with f orbitals (not as four non-collinear l-orbitals). Orbital names follow pymatgen.
 * Species come from POSCAR or CONTCAR beside the file when present. A file cut inside the projections is returned
 * with the ions it completed and {@code complete == false}; damage elsewhere is a {@link ParseException}.
 */
public final class DoscarReader {
    private static final List<String> L = List.of("s", "p", "d", "f");
    private static final List<String> LM = List.of("s", "py", "pz", "px", "dxy", "dyz", "dz2", "dxz", "dx2",
            "f_3", "f_2", "f_1", "f0", "f1", "f2", "f3");

    private DoscarReader() {
    }

    public static Doscar read(Path file) {
        try (ByteLines c = ByteLines.open(file)) {
            return parse(c, file);
        }
    }

    private static Optional<Structure> besides(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        for (String name : new String[] {"CONTCAR", "POSCAR"}) {
            Path p = dir == null ? null : dir.resolve(name);
            if (p != null && Files.isRegularFile(p)) {
                try {
                    return Optional.of(PoscarReader.read(p).structure());
                } catch (ParseException e) {
                    // an unreadable CONTCAR (e.g. empty after a crash) leaves POSCAR to try
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The file header and the total-DOS block, shared by VASP's DOSCAR and LOBSTER's DOSCAR.lobster (same layout):
     * the returned DOS has no projections yet.
     */
    public record TotalBlock(int nIons, boolean projected, Dos dos) {
    }

    /** The header and total-DOS block (shared with DOSCAR.lobster), from bytes: no String per row. */
    public static TotalBlock readTotal(ByteLines c) {
        c.require("the DOSCAR header");
        String[] first = TextCursor.tokens(c.current());
        if (first.length < 3) {
            throw c.error("expected NIONS NIONS and a projection flag");
        }
        int nions = integer(c, first[0]);
        boolean projected = integer(c, first[2]) == 1;
        for (int i = 0; i < 4; i++) {
            c.require("header line " + (i + 2));
        }
        double[] head = header(c);
        int nedos = (int) head[2];
        double[] energies = new double[nedos];
        c.require("the first total-DOS row");
        int cols = c.doubles();
        int spins = cols == 5 ? 2 : 1;
        if (cols != 3 && cols != 5) {
            throw c.error("a total-DOS row has 3 (non-spin) or 5 (spin) columns, found " + cols);
        }
        double[] total = new double[spins * nedos];
        double[] integrated = new double[spins * nedos];
        double[] row = c.values();
        for (int e = 0; e < nedos; e++) {
            if (e > 0) {
                if (!c.next()) {
                    throw c.endsEarly("total-DOS row " + (e + 1) + " of " + nedos);
                }
                if (c.doubles() != 1 + 2 * spins) {
                    throw c.error("expected " + (1 + 2 * spins) + " columns");
                }
                row = c.values();
            }
            putTotalRow(row, e, spins, nedos, energies, total, integrated);
        }
        return new TotalBlock(nions, projected,
                new Dos(head[3], energies, spins, total, integrated, 0, List.of(), new float[0]));
    }

    /** {@code token} of the current line as an int, or a ParseException at it. */
    public static int integer(ByteLines c, String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw c.errorAt(token, "not an integer");
        }
    }

    private static Doscar parse(ByteLines c, Path file) {
        TotalBlock t = readTotal(c);
        Dos d = t.dos();
        if (!t.projected()) {
            Optional<Structure> structure = besides(file);
            return new Doscar(d, false, structure, species(structure, 0), Completeness.COMPLETE);
        }
        // the POSCAR beside is read on a thread of its own while the projection array is allocated (page faults on
        // this core): a first POSCAR read in a JVM loads and links a few hundred classes, ~40 ms
        FutureTask<Optional<Structure>> structure = new FutureTask<>(() -> besides(file));
        Thread reader = new Thread(structure, "vaspflow-poscar");
        reader.setDaemon(true);
        reader.start();
        return projections(c, structure, t.nIons(), d.nEnergies(), d.efermiEv(), d.energiesEv(), d.nSpins(), d.total(),
                d.integrated());
    }

    private static Doscar projections(ByteLines c, FutureTask<Optional<Structure>> beside, int nions, int nedos, double efermi,
            double[] energies, int spins, double[] total, double[] integrated) {
        float[] partial = null;
        List<String> orbitals = List.of();
        int channels = spins;
        boolean nonCollinear = false;
        int ionsRead = 0;
        Block block = null;
        Completeness done = Completeness.COMPLETE;
        try {
            for (int ion = 0; ion < nions; ion++) {
                header(c);
                for (int e = 0; e < nedos; e++) {
                    if (partial != null) {
                        e += block.read(c, nedos - e, partial, ion, e);
                        if (e == nedos) {
                            break;
                        }
                    }
                    if (!c.next()) {
                        throw c.endsEarly("projected row " + (e + 1) + " of ion " + (ion + 1));
                    }
                    int n = c.doubles();
                    if (partial == null) {
                        int cols = n - 1;
                        int[] layout = layout(c, cols, spins);
                        channels = layout[0];
                        nonCollinear = channels == 4;
                        orbitals = layout[1] == 1 ? LM.subList(0, cols / channels) : L.subList(0, cols / channels);
                        partial = new float[nions * channels * orbitals.size() * nedos];
                        block = new Block(channels, orbitals.size(), nedos);
                    }
                    int width = channels * orbitals.size();
                    if (n != 1 + width) {
                        throw c.error("expected " + (1 + width) + " columns");
                    }
                    double[] row = c.values();
                    int norb = orbitals.size();
                    for (int o = 0; o < norb; o++) {
                        for (int s = 0; s < channels; s++) {
                            partial[((ion * channels + s) * norb + o) * nedos + e] = (float) row[1 + o * channels + s];
                        }
                    }
                }
                ionsRead++;
            }
        } catch (ParseException e) {
            if (c.hasNext()) {
                throw e; // damage inside the file; only a file cut short (damage on its last line) is partial
            }
            done = Completeness.partial(e);
        }
        int kept = ionsRead * channels * orbitals.size() * nedos;
        // a complete file hands over the array itself: a copy would double the peak memory of a large DOSCAR
        float[] projected = partial == null ? new float[0]
                : partial.length == kept ? partial : java.util.Arrays.copyOf(partial, kept);
        Optional<Structure> structure = RowBlocks.await(beside, c, "reading the POSCAR beside");
        return new Doscar(new Dos(efermi, energies, channels, total, integrated, ionsRead, orbitals, projected),
                nonCollinear, structure, species(structure, ionsRead), done);
    }

    /**
     * Projected rows read a window at a time by {@link RowBlocks} (two cores), each core moving its rows straight
     * to their per-orbital curves.
     */
    private static final class Block implements RowBlocks.Sink {
        private final int channels;
        private final int norb;
        private final int nedos;
        private final int width;
        private final RowBlocks rows;
        private float[] partial;
        private int ion;

        Block(int channels, int norb, int nedos) {
            this.channels = channels;
            this.norb = norb;
            this.nedos = nedos;
            this.width = 1 + channels * norb;
            this.rows = new RowBlocks(width, this);
        }

        /** Reads up to {@code max} rows of an ion from energy index {@code e}; returns how many it stored. */
        int read(ByteLines c, int max, float[] partial, int ion, int e) {
            this.partial = partial;
            this.ion = ion;
            return rows.read(c, max, e);
        }

        @Override
        public void put(double[] values, int count, int e) {
            int columns = width - 1;
            int[] to = new int[columns];
            for (int o = 0; o < norb; o++) {
                for (int s = 0; s < channels; s++) {
                    to[o * channels + s] = ((ion * channels + s) * norb + o) * nedos + e;
                }
            }
            float[] p = partial;
            for (int r = 0, v = 1; r < count; r++, v++) {
                for (int k = 0; k < columns; k++, v++) {
                    p[to[k] + r] = (float) values[v];
                }
            }
        }
    }

    /** {channels per orbital, 1 when lm-decomposed else 0}. */
    private static int[] layout(ByteLines c, int cols, int spins) {
        if (spins == 2) {
            if (cols == 18 || cols == 32) {
                return new int[] {2, 1};
            }
            if (cols == 6 || cols == 8) {
                return new int[] {2, 0};
            }
        } else {
            if (cols == 9 || cols == 16) {
                return new int[] {1, 1};
            }
            if (cols == 3 || cols == 4) {
                return new int[] {1, 0};
            }
            if (cols == 36 || cols == 64) {
                return new int[] {4, 1};
            }
            if (cols == 12) {
                return new int[] {4, 0};
            }
        }
        throw c.error(cols + " projected columns fit no DOSCAR layout (spin " + spins + ")");
    }

    /** An {@code EMAX EMIN NEDOS EFERMI weight} line (LOBSTER appends "; Z= 11; 3s 2p_y …"). */
    public static double[] header(ByteLines c) {
        c.require("the EMAX EMIN NEDOS EFERMI line");
        int semicolon = c.indexOf(';', 0);
        int n = c.doubles(0, semicolon < 0 ? c.length() : semicolon);
        double[] h = java.util.Arrays.copyOf(c.values(), n);
        if (h.length < 4 || h[2] < 1 || h[2] != Math.rint(h[2])) {
            throw c.error("expected EMAX EMIN NEDOS EFERMI weight");
        }
        return h;
    }

    private static List<String> species(Optional<Structure> structure, int nions) {
        List<String> out = new ArrayList<>();
        structure.ifPresent(s -> s.species().stream().map(Element::symbol).forEach(out::add));
        return out.size() >= nions ? List.copyOf(out) : List.of();
    }

    /** One total-DOS row {@code E, DOS(spin…), integrated DOS(spin…)} into the spin-major arrays at energy {@code e}. */
    private static void putTotalRow(double[] row, int e, int spins, int nedos, double[] energies, double[] total,
            double[] integrated) {
        energies[e] = row[0];
        for (int s = 0; s < spins; s++) {
            total[s * nedos + e] = row[1 + s];
            integrated[s * nedos + e] = row[1 + spins + s];
        }
    }
}
