package io.renloop.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pairs each hire's interview dimension score with the hire's first performance score after the hire date: the
 * result of the cycle whose period ends first after that day (ties by publication, then cycle id, so that the choice
 * never depends on the database's order).
 */
@Component
class ValidityPairs {

	private static final String PAIRS = """
			select s.dimension, s.score as interview, f.score as performance
			from analytics.hire_interview_score s
			join lateral (
			    select r.score from analytics.performance_result r
			    where r.tenant_id = s.tenant_id and r.employee_id = s.employee_id and r.period_end > s.hire_date
			    order by r.period_end, r.published_at, r.cycle_id
			    limit 1) f on true
			where s.tenant_id = ? and (cast(? as uuid) is null or s.position_id = cast(? as uuid))
			""";

	private final JdbcTemplate jdbc;

	ValidityPairs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Per dimension (in alphabetical order) the interview scores and the performance scores, pair by pair. */
	Map<String, Paired> byDimension(String tenantId, UUID positionId) {
		Map<String, Paired> pairs = new TreeMap<>();
		jdbc.query(PAIRS, rs -> {
			Paired paired = pairs.computeIfAbsent(rs.getString("dimension"), d -> new Paired());
			paired.interview.add(rs.getDouble("interview"));
			paired.performance.add(rs.getDouble("performance"));
		}, tenantId, positionId, positionId);
		return pairs;
	}

	/** The two scores of each hire, in the same order. */
	static final class Paired {

		private final List<Double> interview = new ArrayList<>();

		private final List<Double> performance = new ArrayList<>();

		double[] interview() {
			return interview.stream().mapToDouble(Double::doubleValue).toArray();
		}

		double[] performance() {
			return performance.stream().mapToDouble(Double::doubleValue).toArray();
		}
	}
}
