# Writes <name>.expected.json beside each test CIF: pymatgen 2022.11.7 CifParser(...).get_structures(primitive=False)[0]
import json, os, sys, warnings
warnings.simplefilter("ignore")
from pymatgen.io.cif import CifParser
d = os.path.dirname(os.path.abspath(__file__)) + '/'  # run with /usr/bin/python3 (pymatgen 2022.11.7)
for name in ["NaCl-Fm-3m", "TiO2-rutile", "ZnO-wurtzite", "monoclinic-P21c"]:
    import re, tempfile
    text = re.sub(r"^(_[A-Za-z_]+)\.", r"\1_", open(d + name + ".cif").read(), flags=re.M)  # 2022.11.7 knows no dotted tags
    tmp = tempfile.NamedTemporaryFile("w", suffix=".cif", delete=False); tmp.write(text); tmp.close()
    s = CifParser(tmp.name).get_structures(primitive=False)[0]
    out = {"generator": "pymatgen 2022.11.7 CifParser(path).get_structures(primitive=False)[0] (sorted by pymatgen; dotted CIF 2 tags written with underscores first)",
           "nsites": len(s), "formula": s.composition.formula, "reduced": s.composition.reduced_formula,
           "volume": s.volume, "abc": list(s.lattice.abc), "lattice": s.lattice.matrix.tolist(),
           "species": [x.specie.symbol for x in s], "frac_coords": [list(map(float, x.frac_coords)) for x in s]}
    json.dump(out, open(d + name + ".expected.json", "w"), indent=1)
    print(name, len(s), s.composition.formula)
