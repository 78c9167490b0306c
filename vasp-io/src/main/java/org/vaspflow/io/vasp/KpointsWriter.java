package org.vaspflow.io.vasp;

/** Writes KPOINTS text for every mode {@link KpointsReader} reads; numbers as shortest round-trip decimals. */
public final class KpointsWriter {
    private KpointsWriter() {
    }

    public static String write(Kpoints k) {
        StringBuilder sb = new StringBuilder(k.comment()).append('\n');
        switch (k.style()) {
            case "Automatic" -> sb.append("0\nAuto\n").append(IncarValue.format(k.lengthAngstrom())).append('\n');
            case "Gamma", "Monkhorst" -> {
                int[] d = k.divisions();
                double[] s = k.shift();
                sb.append("0\n").append(k.style().equals("Gamma") ? "Gamma" : "Monkhorst-Pack").append('\n')
                        .append(d[0]).append(' ').append(d[1]).append(' ').append(d[2]).append('\n');
                if (s.length == 3 && (s[0] != 0 || s[1] != 0 || s[2] != 0)) {
                    sb.append(IncarValue.format(s[0])).append(' ').append(IncarValue.format(s[1])).append(' ')
                            .append(IncarValue.format(s[2])).append('\n');
                }
            }
            case "Line_mode" -> {
                sb.append(k.pointsPerLine()).append("\nLine-mode\n").append(k.cartesian() ? "Cartesian" : "Reciprocal")
                        .append('\n');
                double[][] p = k.points();
                for (int i = 0; i < p.length; i++) {
                    sb.append(xyz(p[i]));
                    if (!k.labels().get(i).isEmpty()) {
                        sb.append(" ! ").append(k.labels().get(i));
                    }
                    sb.append('\n');
                    if (i % 2 == 1 && i + 1 < p.length) {
                        sb.append('\n');
                    }
                }
            }
            default -> {
                double[][] p = k.points();
                double[] w = k.weights();
                sb.append(p.length).append('\n').append(k.cartesian() ? "Cartesian" : "Reciprocal").append('\n');
                for (int i = 0; i < p.length; i++) {
                    sb.append(xyz(p[i])).append(' ').append(IncarValue.format(w[i]));
                    if (!k.labels().isEmpty() && !k.labels().get(i).isEmpty()) {
                        sb.append(' ').append(k.labels().get(i));
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String xyz(double[] v) {
        return IncarValue.format(v[0]) + " " + IncarValue.format(v[1]) + " " + IncarValue.format(v[2]);
    }
}
