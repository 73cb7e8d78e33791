"""Type-checked, not run: what a user's code sees of the datasets' types."""

import policeplan as pp

base = pp.datasets.load("hmic-baseline-2005")
grade: pp.Grade | pp.StandardJudgement | None = base.judgement("Kent", "5A").grade
plan: pp.PolicingPlan = pp.datasets.load("mps-plan-2003-04")
title: str = plan.objective(7).title
inspection: pp.Inspection = pp.datasets.load("hmic-inspection-2008")
improvement: pp.ImprovementPlan = pp.datasets.load("mpa-improvement-plan-2007")
total: int = improvement.total_afis
document: pp.Document = pp.datasets.load(input())
