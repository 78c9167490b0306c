package org.vaspflow.io.vasp.out;

import org.vaspflow.io.parse.TextCursor;

/**
 * The two lines of every SCF iteration's summary that the run's state is read from:
 *
 * <pre>
 *  E-fermi :   2.4155     XC(G=0):  -9.8904     alpha+bet : -7.8432     ("E-fermi : ********" when it overflowed)
 *  number of electron      28.0000001 magnetization       4.0000000     (non-collinear: three components)
 * </pre>
 */
final class OutcarScfSection implements OutcarSection {
    @Override
    public boolean starts(String line, OutcarBuilder into) {
        return line.startsWith("E-fermi") || line.startsWith("number of electron");
    }

    @Override
    public void read(TextCursor c, String line, OutcarBuilder into) {
        int colon = line.indexOf(':');
        if (line.startsWith("E-fermi")) {
            String[] tok = TextCursor.tokens(colon < 0 ? "" : line.substring(colon + 1));
            if (tok.length == 0) {
                throw c.error("expected a number after 'E-fermi :'");
            }
            into.efermi.add(c.parseDouble(tok[0]));
            return;
        }
        String[] tok = TextCursor.tokens(line.substring("number of electron".length()));
        if (tok.length == 0) {
            throw c.error("expected the number of electrons");
        }
        into.nElectrons = c.parseDouble(tok[0]);
        into.totalMagnetization = tok.length > 2 && tok[1].equals("magnetization") ? c.parseDouble(tok[2]) : Double.NaN;
    }
}
