package io.renloop.performance;

import java.util.List;
import java.util.UUID;

/**
 * Objectives and key results (OKR) of a cycle, cascading from the company through departments to people. Employees
 * keep their own, managers their departments' and their people's, HR everyone's and the company's.
 */
public interface PerformanceObjectives {

	ObjectiveView create(UUID cycleId, SaveObjective objective);

	/** A progress check-in: the key results' current values and confidence, with a note; kept as history. */
	ObjectiveView checkIn(UUID objectiveId, List<KeyResult> keyResults, String note);

	/** The cycle's objectives the viewer may see, as a tree: company on top, aligned objectives below. */
	List<ObjectiveView> tree(UUID cycleId);
}
