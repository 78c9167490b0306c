package org.vaspflow.io.vasp.out;

/**
 * The timing block VASP writes last, and the core count it prints first:
 *
 * <pre>
 *  running on   12 total cores                       (VASP 6.3+: "running   64 mpi-ranks, with 1 threads/rank")
 *  …
 *  General timing and accounting informations for this job:
 *  ========================================================
 *                   Total CPU time used (sec):       81.640
 *                             User time (sec):       74.738
 *                           System time (sec):        6.902
 *                          Elapsed time (sec):       82.845
 *                    Maximum memory used (kb):       50848.
 *                    Average memory used (kb):          N/A
 *                           Minor page faults:        11202
 *                           Major page faults:           54
 *                  Voluntary context switches:           56
 * </pre>
 *
 * Values not printed, or printed as {@code N/A} or {@code ****}, are NaN; {@code cores} is -1 when not printed.
 * Like pymatgen's {@code run_stats["cores"]}, {@code cores} counts MPI ranks (threads per rank are not multiplied
 * in).
 *
 * @param finished true when the block was read through its last line: the run ended normally (or after a STOPCAR)
 */
public record OutcarRunStats(int cores, double totalCpuTimeSec, double userTimeSec, double systemTimeSec,
        double elapsedTimeSec, double maxMemoryKb, double averageMemoryKb, boolean finished) {

    static final OutcarRunStats NONE = new OutcarRunStats(-1, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, false);
}
