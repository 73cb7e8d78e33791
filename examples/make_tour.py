"""Write ``analyst_tour.ipynb`` from the cells below (outputs are left to the reader's kernel).

python examples/make_tour.py
"""

from __future__ import annotations

from pathlib import Path

import nbformat

CELLS = [
    (
        "markdown",
        """# An analyst's tour of policeplan

Five published documents, ready to query: the MPS Policing and Performance Plan
2003/04, HMIC's 2005 baseline assessment with the national grade matrices, the
2007 and 2008 inspections, and the MPA's 2007 improvement plan. This notebook
tabulates them, pivots the national grades, plots them, evaluates targets and
lists the sources' own contradictions.""",
    ),
    (
        "code",
        """import policeplan as pp

for dataset_id in pp.datasets.available():
    print(dataset_id, "-", pp.datasets.load(dataset_id).source.title)""",
    ),
    ("markdown", "## The documents"),
    (
        "code",
        """plan = pp.datasets.load("mps-plan-2003-04")
base = pp.datasets.load("hmic-baseline-2005")
insp07 = pp.datasets.load("hmic-inspection-2007")
insp08 = pp.datasets.load("hmic-inspection-2008")
impr = pp.datasets.load("mpa-improvement-plan-2007")
plan""",
    ),
    (
        "code",
        """kent = base.judgement("Kent", "5A").grade
kent, insp07.judgement("MPS", "Domestic violence").grade""",
    ),
    ("markdown", "## Tidy tables and a pivot"),
    (
        "code",
        """tables = pp.tables(base)
{name: len(table) for name, table in tables.items()}""",
    ),
    (
        "code",
        """judgements = tables["judgements"].to_pandas()
matrix = judgements.pivot(index="force", columns="framework", values="grade")
assert matrix.shape == (43, 27)
matrix.loc[["MPS", "Kent", "Greater Manchester"], ["1A", "2A", "5A", "5C"]]""",
    ),
    (
        "code",
        """# how many forces had each grade, framework by framework
judgements.pivot_table(index="framework", columns="grade", values="force",
                       aggfunc="count", observed=False).head()""",
    ),
    ("markdown", "## Plots"),
    (
        "code",
        """from policeplan import plot

plot.grade_matrix(base)""",
    ),
    ("code", """plot.distribution(insp07, "Domestic violence")"""),
    ("code", """plot.afi_status(impr)"""),
    ("markdown", "## The plan's targets"),
    (
        "code",
        """targets = pp.tables(plan)["targets"].to_pandas()
targets["kind"].value_counts()""",
    ),
    ("markdown", "## Evaluating targets against performance"),
    (
        "code",
        """measure = plan.objective(2).measures[0]
observations = [o for series in measure.performance for o in series.observations]
for target in measure.targets:
    print(pp.evaluate(target, observations))""",
    ),
    (
        "code",
        """verdicts = pp.Query(pp.evaluate_progress(figure) for figure in impr.progress)
verdicts.to_pandas()[["status", "explanation"]]""",
    ),
    ("markdown", "## The sources' own contradictions"),
    (
        "code",
        """findings = pp.check(base)
print(len(findings), "findings, all recorded:",
      all(pp.checks.recorded(f, base) for f in findings))
findings[:3]""",
    ),
]


def main() -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell(text)
        if kind == "markdown"
        else nbformat.v4.new_code_cell(text)
        for kind, text in CELLS
    ]
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = Path(__file__).with_name("analyst_tour.ipynb")
    nbformat.write(notebook, path)
    print(path)


if __name__ == "__main__":
    main()
