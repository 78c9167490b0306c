package org.vaspflow.io.vasp.out;

import org.vaspflow.io.parse.TextCursor;

/**
 * The blocks of one ionic step (quoted in {@link Outcar.IonicStep}): the stress line {@code in kB}, the
 * {@code POSITION  TOTAL-FORCE} table, and the {@code FREE ENERGIE OF THE ION-ELECTRON SYSTEM} block, which ends
 * the step. A step counts only when its energy block was followed by more text: a file cut inside it (a killed
 * run) keeps the steps before.
 */
final class OutcarIonicStepSection implements OutcarSection {
    @Override
    public boolean starts(String line, OutcarBuilder into) {
        return line.startsWith("in kB") || line.startsWith("POSITION") && line.contains("TOTAL-FORCE")
                || line.startsWith("FREE ENERGIE OF THE ION-ELECTRON SYSTEM");
    }

    @Override
    public void read(TextCursor c, String line, OutcarBuilder into) {
        if (line.startsWith("in kB")) {
            into.pendingStress = exactly(c, line.substring(5), 6, "six stress components (kB)");
        } else if (line.startsWith("POSITION")) {
            forces(c, into);
        } else {
            energies(c, into);
        }
    }

    private static double[] exactly(TextCursor c, String text, int n, String what) {
        double[] v = c.doubles(text);
        if (v.length != n) {
            throw c.error("expected " + what + ", found " + v.length + " numbers");
        }
        return v;
    }

    private static void forces(TextCursor c, OutcarBuilder into) {
        String dashes = c.require("the dashes under POSITION");
        if (!dashes.strip().startsWith("---")) {
            throw c.error("expected a line of dashes under POSITION  TOTAL-FORCE");
        }
        DoubleList positions = new DoubleList();
        DoubleList forces = new DoubleList();
        String row;
        while ((row = c.next()) != null && !row.strip().startsWith("---")) {
            double[] v = exactly(c, row, 6, "x y z (Å) and Fx Fy Fz (eV/Å)");
            positions.addAll(v, 0, 3);
            forces.addAll(v, 3, 6);
        }
        into.pendingPositions = positions.toArray();
        into.pendingForces = forces.toArray();
    }

    /** {@code free  energy   TOTEN  =  X eV}, then {@code energy  without entropy= Y  energy(sigma->0) = Z}. */
    private static void energies(TextCursor c, OutcarBuilder into) {
        double free = Double.NaN;
        for (int i = 0; i < 6; i++) {
            String l = c.next();
            if (l == null) {
                return;
            }
            int eq = l.indexOf('=');
            if (l.contains("free  energy   TOTEN")) {
                free = first(c, l.substring(eq + 1), "TOTEN");
            } else if (l.contains("energy  without entropy")) {
                String[] parts = l.split("=");
                if (parts.length < 3) {
                    throw c.error("expected 'energy  without entropy= X  energy(sigma->0) = Y'");
                }
                double withoutEntropy = first(c, parts[1], "the energy without entropy");
                double sigma0 = first(c, parts[2], "energy(sigma->0)");
                if (c.peek() != null) {
                    into.finishStep(free, withoutEntropy, sigma0);
                }
                return;
            }
        }
        throw c.error("no 'energy  without entropy' line in the FREE ENERGIE block");
    }

    private static double first(TextCursor c, String text, String what) {
        String[] tok = TextCursor.tokens(text);
        if (tok.length == 0) {
            throw c.error("expected " + what);
        }
        return c.parseDouble(tok[0]);
    }
}
