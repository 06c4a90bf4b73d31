package io.renloop.recruitment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The latest published performance grade of employees of the current tenant, as recruitment needs it: whether each
 * is a top performer, so that a position's ideal profile learns from its best holders (从优秀员工中提炼画像). The
 * performance module records every published cycle here; a later cycle replaces an employee's earlier grade.
 */
public interface TopPerformers {

	/**
	 * @param cycleName the published cycle, named in profile explanations
	 * @param grades each reviewed employee's final grade
	 * @param topGrades the grades that count as top performance (e.g. S and A)
	 */
	void record(String cycleName, Instant publishedAt, Map<UUID, String> grades, java.util.Set<String> topGrades);
}
