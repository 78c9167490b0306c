package org.vaspflow.workflow.hpc;

/**
 * The job-script lines ({@code {{potcar}}}) that prepare a calculation folder on the machine that runs VASP, where
 * the licensed pseudopotentials are:
 * <ol>
 *   <li>when the folder has no POTCAR, it is assembled from POTCAR.spec (one symbol per line, {@code #} comments)
 *       as {@code <potcar_root>/<potcar_set>/<symbol>/POTCAR}, in order; a missing file ends the job with exit
 *       code 96 before VASP starts;</li>
 *   <li>when the folder has {@code vaspflow.charge} (the net charge q of the cell, written by the input writer for
 *       a charged matrix point) and INCAR sets no NELECT, {@code NELECT = Σ_species N_i·ZVAL_i − q} is appended to
 *       INCAR, with N_i from POSCAR's counts line and ZVAL_i from each POTCAR's {@code ZVAL =} in order — the
 *       electron count VASP takes for a neutral cell, less the charge (as pymatgen's input sets set NELECT).</li>
 * </ol>
 * Empty when the profile names no {@code potcar_root}: then every folder must bring its own POTCAR.
 */
public final class PotcarSetup {
    private PotcarSetup() {
    }

    public static String lines(Profile.VaspCommands vasp) {
        if (vasp.potcarRoot().isBlank()) {
            return "";
        }
        String dir = ShellQuote.quote(vasp.potcarRoot()) + "/" + ShellQuote.quote(vasp.potcarSet());
        return String.join("\n",
                "# vaspflow: POTCAR from POTCAR.spec and " + vasp.potcarRoot() + "/" + vasp.potcarSet(),
                "if [ ! -s POTCAR ] && [ -s POTCAR.spec ]; then",
                "  : > POTCAR.part",
                "  while read -r sym _; do",
                "    case \"$sym\" in ''|'#'*) continue ;; esac",
                "    cat " + dir + "/\"$sym\"/POTCAR >> POTCAR.part || { echo \"vaspflow: no POTCAR for $sym\" >&2; "
                        + "exit 96; }",
                "  done < POTCAR.spec",
                "  mv -f POTCAR.part POTCAR",
                "fi",
                "if [ -s vaspflow.charge ] && ! grep -qiE '^[[:space:]]*NELECT[[:space:]]*=' INCAR; then",
                "  counts=$(awk 'NR==6 && $1 ~ /^[0-9]+$/ {print; exit} NR==7 {print; exit}' POSCAR)",
                "  zvals=$(grep -o 'ZVAL *= *[0-9.]*' POTCAR | awk '{print $NF}' | tr '\\n' ' ')",
                "  nelect=$(awk -v counts=\"$counts\" -v zvals=\"$zvals\" -v q=\"$(cat vaspflow.charge)\" 'BEGIN {"
                        + "n = split(counts, c, \" \"); m = split(zvals, v, \" \"); if (n != m || n == 0) exit 1; "
                        + "s = 0; for (i = 1; i <= n; i++) s += c[i] * v[i]; printf \"%.4f\", s - q}') "
                        + "|| { echo \"vaspflow: POSCAR species and POTCAR do not match\" >&2; exit 96; }",
                "  printf 'NELECT = %s   # vaspflow: sum of ZVAL minus the cell charge\\n' \"$nelect\" >> INCAR",
                "fi");
    }
}
