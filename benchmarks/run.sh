#!/usr/bin/env bash
# Benchmarks: vaspflow against pymatgen (and ASE for DOSCAR), whole process, one run, on the real files of
# ../shared/data/bench and on larger vasprun.xml files made from them with ../shared/bench/scale_vasprun.py.
# Writes a Markdown table to benchmarks/results.md (copy the figures into docs/benchmarks.md).
#
#   bash benchmarks/run.sh                     # real files + a 100 MB vasprun.xml
#   BENCH_SIZES="100 500 1000 2000" PYMATGEN_MAX_MB=500 bash benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
work=${BENCH_WORK:-/tmp/vf-bench}
sizes=${BENCH_SIZES:-100}
pmg_max=${PYMATGEN_MAX_MB:-100}
xmx=${BENCH_XMX:-3g}
py=/usr/bin/python3
mkdir -p "$work"
if ! $py -c "import pymatgen.io.vasp, ase" 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pymatgen python3-ase time > /dev/null
fi
[ -x /usr/bin/time ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time > /dev/null
mvn -B -q -Pbench -pl benchmarks -am -DskipTests package
jar=benchmarks/target/vaspflow-bench.jar

for f in "$shared"/data/bench/*.gz; do
  out="$work/$(basename "${f%.gz}")"
  [ -f "$out" ] || gunzip -c "$f" > "$out"
done
for mb in $sizes; do
  out="$work/vasprun.metal16.${mb}MB.xml"
  [ -f "$out" ] || $py "$shared/bench/scale_vasprun.py" "$work/vasprun.metal16_lorbit11.xml" "$out" --target-mb "$mb" > /dev/null
done

# measure LABEL CMD...: prints "seconds peak_MB" (wall clock and max RSS of the whole process)
measure() {
  local log; log=$(mktemp)
  if /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null 2> "$log.err"; then
    awk '{printf "%.2f %.0f", $1, $2/1024}' "$log"
  else
    echo "failed failed"
  fi
  rm -f "$log" "$log.err"
}
pmg_code() {  # the pymatgen/ASE side, one parser per kind
  case "$1" in
    vasprun) echo "from pymatgen.io.vasp import Vasprun; Vasprun('$2', parse_projected_eigen=True, parse_potcar_file=False)" ;;
    procar) echo "from pymatgen.io.vasp import Procar; Procar('$2')" ;;
    doscar) echo "from ase.calculators.vasp import VaspDos; VaspDos('$2')" ;;
    cohpcar) echo "from pymatgen.io.lobster import Cohpcar; Cohpcar(filename='$2')" ;;
  esac
}

results=benchmarks/results.md
{
  echo "| file | size (MB) | vaspflow s | vaspflow peak MB | reference | reference s | reference peak MB | speed-up |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$results"
row() {  # kind file
  local kind=$1 file=$2 size ref vf pm
  size=$(du -m "$file" | cut -f1)
  vf=$(measure java -Xmx$xmx -jar "$jar" "$kind" "$file")
  ref=$([ "$kind" = doscar ] && echo "ASE VaspDos" || echo "pymatgen")
  if [ "$size" -le "$pmg_max" ]; then pm=$(measure $py -c "$(pmg_code "$kind" "$file")"); else pm="not-run not-run"; fi
  read -r vs vm <<< "$vf"; read -r ps pmm <<< "$pm"
  ratio=$(awk -v a="$vs" -v b="$ps" 'BEGIN{ if (a+0 > 0 && b+0 > 0) printf "%.1fx", b/a; else print "-" }')
  echo "| $(basename "$file") | $size | $vs | $vm | $ref | $ps | $pmm | $ratio |" | tee -a "$results"
}
row vasprun "$work/vasprun.metal16_lorbit11.xml"
row vasprun "$work/vasprun.NaCl_lorbit11.xml"
for mb in $sizes; do row vasprun "$work/vasprun.metal16.${mb}MB.xml"; done
row procar "$work/PROCAR.pmg_split1"
cp "$work/POSCAR.custodian" "$work/POSCAR"
row doscar "$work/DOSCAR.custodian"
row cohpcar "$work/COHPCAR.mp190.lobster"
mkdir -p "$work/folder"
cp "$shared/data/vasp/feo-afm-ldau-relax/vasprun.xml" "$shared/data/vasp/feo-afm-ldau-relax/OSZICAR" "$work/folder/"
java -jar "$jar" folders 1000 "$work/folder" | head -1 | tee -a "$results"
