package io.renloop.performance;

/** What a template reviews. */
public enum TemplateKind {
	/** Weighted metrics with targets, scored by formulas; safety metrics may veto. */
	KPI,
	/** Objectives with key results; the score is the key results' progress. */
	OKR,
	/** The position's competency model alone, scored by the manager. */
	COMPETENCY
}
