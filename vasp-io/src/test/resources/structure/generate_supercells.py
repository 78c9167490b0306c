# Writes supercells-pymatgen.json: Structure * matrix with pymatgen 2022.11.7 (run with /usr/bin/python3).
import json, os, warnings
warnings.simplefilter("ignore")
from pymatgen.core import Lattice, Structure
here = os.path.dirname(os.path.abspath(__file__))
cases = []
hexa = Structure(Lattice.from_parameters(2.9, 2.9, 11.0, 90, 90, 120), ["Na", "Mn", "O", "O"],
                 [[0, 0, 0.25], [0, 0, 0], [1 / 3, 2 / 3, 0.09], [2 / 3, 1 / 3, 0.91]])
tric = Structure(Lattice.from_parameters(3.0, 4.0, 5.0, 80, 95, 110), ["Fe", "O", "O"],
                 [[0.1, 0.2, 0.3], [0.6, -0.1, 0.95], [0.999999, 0.5, 0.0]])
for s, m in [(hexa, [[2, 1, 0], [-1, 2, 0], [0, 0, 1]]), (tric, [[1, -1, 2], [0, 2, 1], [-1, 0, 1]]),
             (tric, [[2, 0, 0], [0, 1, 0], [0, 0, 3]])]:
    big = s * m
    cases.append({"lattice": s.lattice.matrix.tolist(), "species": [x.specie.symbol for x in s],
                  "frac_coords": s.frac_coords.tolist(), "matrix": m,
                  "supercell": {"lattice": big.lattice.matrix.tolist(), "species": [x.specie.symbol for x in big],
                                "frac_coords": big.frac_coords.tolist()}})
json.dump({"generator": "pymatgen 2022.11.7: structure * matrix", "cases": cases},
          open(os.path.join(here, "supercells-pymatgen.json"), "w"), indent=1)
