#!/usr/bin/env python3
"""Make a larger, still consistent LOBSTER COHPCAR/COOPCAR/COBICAR from a real one (stdlib only).

Line 2 of the file holds "NCOHP+1 NSPIN NEDOS EMIN EMAX EFERMI"; after the label lines come NEDOS energy
rows. Every gap between consecutive energy rows gets F-1 extra rows, so NEDOS becomes (NEDOS-1)*F+1 and
line 2 is rewritten with it. An inserted row has a linearly interpolated energy (first column, written in
the file's own format) and, as text, the other columns of the row before it; labels are unchanged. The
same approach as ../shared/bench/scale_doscar.py --nedos-factor, for the file the shared scripts lack.

Usage:
    python3 benchmarks/scripts/scale_cohpcar.py IN OUT --factor 3
    python3 benchmarks/scripts/scale_cohpcar.py IN OUT --target-mb 300
"""
import argparse
import os
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inp")
    ap.add_argument("out")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--factor", type=int)
    g.add_argument("--target-mb", type=float)
    a = ap.parse_args()
    with open(a.inp, "rb") as f:
        lines = f.readlines()
    head = lines[1].decode().split()
    nedos = int(head[2])
    nlabels = int(head[0])
    first = 2 + nlabels
    rows = lines[first:first + nedos]
    if len(rows) != nedos:
        sys.exit("expected %d energy rows, found %d" % (nedos, len(rows)))
    row_bytes = sum(len(r) for r in rows) / nedos
    fixed = sum(len(l) for l in lines[:first])
    if a.factor:
        factor = a.factor
    else:
        factor = max(1, round((a.target_mb * 1e6 - fixed) / row_bytes / (nedos - 1)))
    new_nedos = (nedos - 1) * factor + 1
    head[2] = str(new_nedos)
    with open(a.out, "wb") as out:
        out.write(lines[0])
        out.write(("  " + "  ".join(head) + "\n").encode())
        out.writelines(lines[2:first])
        for i in range(nedos - 1):
            out.write(rows[i])
            e0 = float(rows[i].split(None, 1)[0])
            e1 = float(rows[i + 1].split(None, 1)[0])
            rest = rows[i].split(None, 1)[1]
            for j in range(1, factor):
                e = e0 + (e1 - e0) * j / factor
                out.write(("  %.5f     " % e).encode() + rest)
        out.write(rows[-1])
        out.writelines(lines[first + nedos:])
    print("wrote %s: %.1f MB, NEDOS %d -> %d (factor %d)" % (a.out, os.path.getsize(a.out) / 1e6, nedos,
                                                           new_nedos, factor))


if __name__ == "__main__":
    main()
