package org.vaspflow.io.vasp.out;

/**
 * The run dimensions and a few parameters an OUTCAR prints before its first ionic step:
 *
 * <pre>
 *  vasp.5.3.5 31Mar14 (build Apr 25 2014 17:03:44) complex                   versionLine
 *    k-points           NKPTS =      1   k-points in BZ     NKDIM =      1   number of bands    NBANDS=     24
 *    number of dos      NEDOS =    301   number of ions     NIONS =      4
 *    ISPIN  =      2    spin polarized calculation?
 *    LNONCOLLINEAR =      F non collinear calculations
 *    LSORBIT =      F    spin-orbit coupling
 *    ENCUT  =  520.0 eV  38.22 Ry    6.18 a.u.   5.70  5.75  9.92*2*pi/ulx,y,z
 *    NSW    =     99    number of steps for IOM
 *    IBRION =      2    ionic relax: 0-MD 1-quasi-New 2-CG
 *    ISIF   =      3    stress and relaxation
 *    NELECT =      28.0000    total number of electrons
 *    LORBIT =     11    0 simple, 1 ext, 2 COOP (PROOUT)
 * </pre>
 *
 * The first value printed for each tag is kept. A count VASP did not print is -1, a real number NaN.
 *
 * @param versionLine the first line, stripped ({@code vasp.6.3.2 27Jun22 (build …) complex})
 * @param nElectrons NELECT of the parameter block (the number VASP was asked for, not the SCF's integral)
 */
public record OutcarHeader(String versionLine, int nIons, int nKpoints, int nBands, int nSpins, double encutEv,
        double nElectrons, int nedos, int lorbit, int nsw, int ibrion, int isif, boolean nonCollinear,
        boolean spinOrbit) {

    /** The version number alone: {@code 6.3.2} of {@code vasp.6.3.2 27Jun22 …}; empty when not of that form. */
    public String version() {
        String first = versionLine.split("\\s+")[0];
        return first.startsWith("vasp.") ? first.substring(5) : "";
    }
}
