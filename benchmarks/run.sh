#!/usr/bin/env bash
# Benchmarks: vaspflow against pymatgen (and ASE for DOSCAR), whole process, one run, on the real files of
# ../shared/data/bench and on larger files made from them with ../shared/bench/scale_*.py and
# benchmarks/scripts/scale_cohpcar.py; then the folder benchmark and the workflow benchmarks (issue #6).
# Writes Markdown to benchmarks/results.md (copy the figures into docs/benchmarks.md).
#
#   bash benchmarks/run.sh                                   # real files, 100 MB vasprun, 300 MB PROCAR/DOSCAR/COHPCAR
#   BENCH_SIZES="100 500 1000 2000" PYMATGEN_MAX_MB=1000 bash benchmarks/run.sh
#   BENCH_ONLY=workflow bash benchmarks/run.sh               # parse | workflow | all (default)
#
# Each row is one run of each side: wall time, CPU time (user+sys, much less sensitive to other load on a shared
# machine) and peak RSS from /usr/bin/time, plus the 1-minute load average when the row started. pymatgen runs
# only up to PYMATGEN_MAX_MB and only when `free` shows room for it (about 14x the file size, measured).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
work=${BENCH_WORK:-/tmp/vf-bench}
sizes=${BENCH_SIZES:-100}
aux_mb=${BENCH_AUX_MB:-300}
pmg_max=${PYMATGEN_MAX_MB:-100}
only=${BENCH_ONLY:-all}
xmx=${BENCH_XMX:-3g}
jvm_flags=$(sed -n 's/^jvm_flags="\(.*\)"$/\1/p' vaspflow)  # the launcher's, read from it
py=/usr/bin/python3
mkdir -p "$work"
if ! $py -c "import pymatgen.io.vasp, ase" 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pymatgen python3-ase time > /dev/null
fi
[ -x /usr/bin/time ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time > /dev/null
mvn -B -q -o -Pbench -pl benchmarks -am -DskipTests package
jar=benchmarks/target/vaspflow-bench.jar
results=benchmarks/results.md

# measure CMD...: prints "wall_s cpu_s peak_MB arrays_MB" for the whole process (arrays: from the Java side's output)
measure() {
  local log out; log=$(mktemp); out=$(mktemp)
  if /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" > "$out" 2> "$log.err"; then
    local arrays; arrays=$(sed -n 's/.* arrays \([0-9.]*\) MB.*/\1/p' "$out" | head -1)
    awk -v a="${arrays:--}" '{printf "%.2f %.2f %.0f %s", $1, $2 + $3, $4 / 1024, a}' "$log"
  else
    echo "failed failed failed -"
  fi
  rm -f "$log" "$log.err" "$out"
}
ref_code() {  # the pymatgen/ASE side, one parser per kind
  case "$1" in
    vasprun) echo "from pymatgen.io.vasp import Vasprun; Vasprun('$2', parse_projected_eigen=True, parse_potcar_file=False)" ;;
    procar) echo "from pymatgen.io.vasp import Procar; Procar('$2')" ;;
    doscar) echo "from ase.calculators.vasp import VaspDos; VaspDos('$2')" ;;
    cohpcar) echo "from pymatgen.io.lobster import Cohpcar; Cohpcar(filename='$2')" ;;
  esac
}
ref_fits() {  # size_MB: whether pymatgen may run (size limit, and ~14x the file in free memory plus 2 GB)
  local avail; avail=$(free -m | awk '/^Mem:/{print $7}')
  [ "$1" -le "$pmg_max" ] && [ $(( $1 * 14 + 2048 )) -le "$avail" ]
}
row() {  # kind file
  local kind=$1 file=$2 size ref vf pm load
  size=$(du -m "$file" | cut -f1)
  load=$(cut -d' ' -f1 /proc/loadavg)
  # the launcher's JVM flags (./vaspflow), so the whole-process figure is what a user gets
  vf=$(measure java $jvm_flags -Xmx$xmx ${VASPFLOW_JAVA_OPTS:-} -jar "$jar" "$kind" "$file")
  ref=$([ "$kind" = doscar ] && echo "ASE VaspDos" || echo "pymatgen")
  if ref_fits "$size"; then pm=$(measure $py -c "$(ref_code "$kind" "$file")"); else pm="not-run not-run not-run -"; fi
  read -r vs vc vm va <<< "$vf"; read -r ps pc pmm _ <<< "$pm"
  local rw rc
  rw=$(awk -v a="$vs" -v b="$ps" 'BEGIN{ if (a+0 > 0 && b+0 > 0) printf "%.1fx", b/a; else print "-" }')
  rc=$(awk -v a="$vc" -v b="$pc" 'BEGIN{ if (a+0 > 0 && b+0 > 0) printf "%.1fx", b/a; else print "-" }')
  echo "| $(basename "$file") | $size | $load | $vs | $vc | $vm | $va | $ref | $ps | $pc | $pmm | $rw | $rc |" | tee -a "$results"
}

{
  echo "## Run $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB; load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} > "$results"

if [ "$only" != workflow ]; then
  for f in "$shared"/data/bench/*.gz; do
    out="$work/$(basename "${f%.gz}")"
    [ -f "$out" ] || gunzip -c "$f" > "$out"
  done
  # a LORBIT=11 PROCAR pymatgen can read (the bench PROCAR is LORBIT=12, on which pymatgen 2022.11.7 fails)
  [ -f "$work/PROCAR.lm8" ] || gunzip -c "$shared/data/vasp/procar-lm-8ions/PROCAR.gz" > "$work/PROCAR.lm8"
  for mb in $sizes; do
    out="$work/vasprun.metal16.${mb}MB.xml"
    [ -f "$out" ] || $py "$shared/bench/scale_vasprun.py" "$work/vasprun.metal16_lorbit11.xml" "$out" --target-mb "$mb" > /dev/null
  done
  for mb in $aux_mb; do
    [ -f "$work/PROCAR.${mb}MB" ] || $py "$shared/bench/scale_procar.py" "$work/PROCAR.pmg_split1" "$work/PROCAR.${mb}MB" --target-mb "$mb" > /dev/null
    [ -f "$work/PROCAR.lm8.${mb}MB" ] || $py "$shared/bench/scale_procar.py" "$work/PROCAR.lm8" "$work/PROCAR.lm8.${mb}MB" --target-mb "$mb" > /dev/null
    [ -f "$work/DOSCAR.${mb}MB" ] || $py "$shared/bench/scale_doscar.py" "$work/DOSCAR.custodian" "$work/DOSCAR.${mb}MB" --target-mb "$mb" > /dev/null
    [ -f "$work/COHPCAR.${mb}MB" ] || $py benchmarks/scripts/scale_cohpcar.py "$work/COHPCAR.mp190.lobster" "$work/COHPCAR.${mb}MB" --target-mb "$mb" > /dev/null
  done
  {
    echo "| file | size (MB) | load | vaspflow wall s | vaspflow CPU s | vaspflow peak MB | arrays MB | reference | reference wall s | reference CPU s | reference peak MB | speed-up (wall) | speed-up (CPU) |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  } >> "$results"
  row vasprun "$work/vasprun.metal16_lorbit11.xml"
  row vasprun "$work/vasprun.NaCl_lorbit11.xml"
  for mb in $sizes; do row vasprun "$work/vasprun.metal16.${mb}MB.xml"; done
  row procar "$work/PROCAR.pmg_split1"
  row procar "$work/PROCAR.lm8"
  cp "$work/POSCAR.custodian" "$work/POSCAR"
  row doscar "$work/DOSCAR.custodian"
  row cohpcar "$work/COHPCAR.mp190.lobster"
  for mb in $aux_mb; do
    row procar "$work/PROCAR.${mb}MB"
    row procar "$work/PROCAR.lm8.${mb}MB"
    row doscar "$work/DOSCAR.${mb}MB"
    row cohpcar "$work/COHPCAR.${mb}MB"
  done
  mkdir -p "$work/folder"
  cp "$shared/data/vasp/feo-afm-ldau-relax/vasprun.xml" "$shared/data/vasp/feo-afm-ldau-relax/OSZICAR" "$work/folder/"
  echo | tee -a "$results"
  java -jar "$jar" folders 1000 "$work/folder" | head -1 | tee -a "$results"
fi
if [ "$only" != parse ]; then
  echo | tee -a "$results"
  for b in "plan ${BENCH_PLAN_N:-1000}" "poll 1000" "transitions 1000"; do
    echo "load $(cut -d' ' -f1 /proc/loadavg): $(java -jar "$jar" $b | head -1)" | tee -a "$results"
  done
fi
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
