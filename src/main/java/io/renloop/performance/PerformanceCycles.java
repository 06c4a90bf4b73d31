package io.renloop.performance;

import java.util.List;
import java.util.UUID;

/**
 * Performance cycles of the current tenant: open one (a review per employee in scope), move it through its phases,
 * calibrate, submit for approval (workflow subject {@value #RESULT_SUBJECT}) and publish. Reads follow the
 * viewer's data scope.
 */
public interface PerformanceCycles {

	/** The workflow subject type of a cycle's results. */
	String RESULT_SUBJECT = "performance-result";

	/** The workflow subject type of an employee's appeal. */
	String APPEAL_SUBJECT = "performance-appeal";

	CycleView create(CreateCycle command);

	List<CycleView> list();

	CycleView get(UUID id);

	/** Moves a cycle to a later phase up to CALIBRATION (approval and publication have their own calls). */
	CycleView advance(UUID id, CyclePhase phase);

	/** The reviews of a cycle the viewer may see, by department and name. */
	List<ReviewSummary> reviews(UUID cycleId);

	/** Scores every review of the cycle from the metric data and the managers' scores; returns how many scored. */
	int score(UUID cycleId);

	CalibrationView calibration(UUID cycleId);

	/**
	 * Moves people between grades, each with a reason; audited.
	 * @throws io.renloop.platform.BusinessRuleException outside the calibration phase, or when a forced distribution
	 * would be exceeded
	 */
	CalibrationView calibrate(UUID cycleId, List<CalibrationMove> moves);

	/** Submits the calibrated results for approval; every review needs a grade. */
	CycleView submit(UUID cycleId);

	/** Publishes approved results: employees see them, {@link PerformanceResultsPublished} goes out. */
	CycleView publish(UUID cycleId);
}
