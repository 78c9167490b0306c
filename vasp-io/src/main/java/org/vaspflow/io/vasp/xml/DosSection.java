package org.vaspflow.io.vasp.xml;

import java.util.List;
import org.vaspflow.io.vasp.Dos;

/**
 * The {@code <dos>} block: E-fermi, the total DOS ({@code <total>}: energy, total, integrated per spin) and the
 * projected DOS ({@code <partial>}: per ion, per spin, rows of energy then one column per orbital), stored
 * transposed to [ion][spin][orbital][energy] so a selection reads contiguous memory.
 */
final class DosSection {
    private final VasprunReader.VasprunBuilder b;

    DosSection(VasprunReader.VasprunBuilder b) {
        this.b = b;
    }

    void read(XmlCursor x) throws XmlDamage {
        double efermi = Double.NaN;
        double[] energies = new double[0];
        double[] total = new double[0];
        double[] integrated = new double[0];
        int spins = 1;
        int ions = 0;
        List<String> orbitals = List.of();
        float[] partial = new float[0];
        while (x.nextChildOf("dos")) {
            switch (x.name()) {
                case "i" -> {
                    boolean isFermi = "efermi".equals(x.attribute("name"));
                    String t = x.text();
                    if (isFermi) {
                        efermi = XmlNumbers.parse(t)[0];
                    }
                }
                case "total" -> {
                    XmlNumbers.DoubleBuffer buf = new XmlNumbers.DoubleBuffer(4096);
                    ArrayReader.Shape shape = arrayOf(x, "total", buf);
                    spins = Math.max(1, shape.setsAtDepth[2]);
                    int nedos = shape.rows / spins;
                    double[] all = buf.toArray(shape.values());
                    int cols = shape.columns;
                    energies = new double[nedos];
                    total = new double[spins * nedos];
                    integrated = new double[spins * nedos];
                    for (int s = 0; s < spins; s++) {
                        for (int e = 0; e < nedos; e++) {
                            int r = (s * nedos + e) * cols;
                            if (s == 0) {
                                energies[e] = all[r];
                            }
                            total[s * nedos + e] = all[r + 1];
                            integrated[s * nedos + e] = cols > 2 ? all[r + 2] : Double.NaN;
                        }
                    }
                }
                case "partial" -> {
                    XmlNumbers.DoubleBuffer buf = new XmlNumbers.DoubleBuffer(1 << 16);
                    ArrayReader.Shape shape = arrayOf(x, "partial", buf);
                    if (shape.rows == 0) {
                        continue;
                    }
                    ions = Math.max(1, shape.setsAtDepth[2]);
                    int pSpins = Math.max(1, shape.setsAtDepth[3] / ions);
                    int nedos = shape.rows / (ions * pSpins);
                    int cols = shape.columns;
                    int norb = cols - 1;
                    orbitals = List.copyOf(shape.fields.subList(1, shape.fields.size()));
                    double[] all = buf.toArray(shape.values());
                    partial = new float[ions * pSpins * norb * nedos];
                    for (int ion = 0; ion < ions; ion++) {
                        for (int s = 0; s < pSpins; s++) {
                            for (int e = 0; e < nedos; e++) {
                                int r = ((ion * pSpins + s) * nedos + e) * cols;
                                for (int o = 0; o < norb; o++) {
                                    partial[((ion * pSpins + s) * norb + o) * nedos + e] = (float) all[r + 1 + o];
                                }
                            }
                        }
                    }
                }
                default -> x.skipElement();
            }
        }
        b.dos = new Dos(efermi, energies, spins, total, integrated, ions, orbitals, partial);
    }

    /** Reads the single {@code <array>} inside {@code <total>} or {@code <partial>}. */
    private static ArrayReader.Shape arrayOf(XmlCursor x, String parent, XmlNumbers.DoubleBuffer buf)
            throws XmlDamage {
        ArrayReader.Shape shape = new ArrayReader.Shape();
        while (x.nextChildOf(parent)) {
            if (x.name().equals("array")) {
                shape = ArrayReader.read(x, buf);
            } else {
                x.skipElement();
            }
        }
        return shape;
    }
}
