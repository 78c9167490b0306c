package org.vaspflow.io.vasp;

import org.vaspflow.io.structure.Element;

/**
 * The header of one pseudopotential in a POTCAR:
 *
 * <pre>
 *   PAW_PBE Mn_pv 02Aug2007               first line: functional tag, symbol, date
 *   13.0000000000000000                  valence (ZVAL)
 *  parameters from PSCTR are:
 *    VRHFIN =Mn: 3p4s3d
 *    TITEL  = PAW_PBE Mn_pv 02Aug2007
 *    POMASS =   54.938; ZVAL   =   13.000    mass and valenz
 *    ENMAX  =  269.865; ENMIN  =  202.399 eV
 * </pre>
 *
 * @param symbol the PAW symbol, e.g. {@code Mn_pv}
 * @param functional the functional tag of TITEL ({@code PAW_PBE}, {@code PAW_GGA}, {@code PAW})
 * @param titel the whole TITEL value
 * @param zvalElectrons valence electrons
 * @param enmaxEv recommended cutoff, eV
 * @param vrhfin the VRHFIN value (element and valence configuration)
 * @param element the element of the symbol
 */
public record PotcarHeader(String symbol, String functional, String titel, double zvalElectrons, double enmaxEv,
        String vrhfin, Element element) {
}
