"""Type-checked, not run: a misspelt method on a loaded dataset must be an error."""

import policeplan as pp

pp.datasets.load("mps-plan-2003-04").objectiv(2)
