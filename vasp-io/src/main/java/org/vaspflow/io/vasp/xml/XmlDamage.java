package org.vaspflow.io.vasp.xml;

/**
 * Where and why a vasprun.xml stopped being well-formed (or ended): 1-based line and column. Checked, so every
 * section parser says it may meet one; {@link VasprunReader} turns it into a partial result or a ParseException.
 */
final class XmlDamage extends Exception {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;
    final String snippet;

    XmlDamage(int line, int column, String snippet, String reason) {
        super(reason);
        this.line = line;
        this.column = column;
        this.snippet = snippet == null ? "" : snippet;
    }
}
