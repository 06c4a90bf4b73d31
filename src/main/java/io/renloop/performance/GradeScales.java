package io.renloop.performance;

import java.util.List;

/** The current tenant's grade scale: each grade's lowest score and the share of people the guidance expects. */
public interface GradeScales {

	/** The tenant's grades, best first; S/A/B/C/D at 90/80/65/50/0 points and 10/20/50/15/5 % until set. */
	List<Grade> get();

	/**
	 * Replaces the scale; audited. Applies to grades computed from then on; calibrated grades stay.
	 * @throws io.renloop.platform.InvalidFieldsException unless there are 2 to 9 grades with distinct codes of 1 to 4
	 * upper-case letters, distinct minimum scores from 0 to 120 (the lowest grade's minimum 0), shares from 0 to 100
	 * adding up to 100
	 */
	List<Grade> save(List<Grade> grades);
}
