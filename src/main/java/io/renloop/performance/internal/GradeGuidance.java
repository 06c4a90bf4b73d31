package io.renloop.performance.internal;

import io.renloop.performance.Grade;
import io.renloop.performance.GradeScales;
import io.renloop.performance.internal.scoring.GradeScale;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tenant's grade scale and expected distribution; {@link GradeScale#DEFAULT} until the tenant sets its own. */
@Component
class GradeGuidance implements GradeScales {

	private static final TypeReference<List<Grade>> GRADES = new TypeReference<>() {
	};

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final BigDecimal MAX_SCORE = new BigDecimal("120");

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	GradeGuidance(JdbcTemplate jdbc, JsonMapper json, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Grade> get() {
		return scale().grades();
	}

	@Override
	@Transactional
	public List<Grade> save(List<Grade> grades) {
		check(grades);
		List<Grade> before = get();
		jdbc.update("""
				insert into performance.grade_guidance (tenant_id, grades, updated_at) values (?, ?::jsonb, now())
				on conflict (tenant_id) do update set grades = excluded.grades, updated_at = now()""",
				TenantContext.require(), json.writeValueAsString(grades));
		List<Grade> after = get();
		audit.recordChange("UPDATE", "GradeGuidance", TenantContext.require(), before, after);
		return after;
	}

	private static void check(List<Grade> grades) {
		if (grades == null || grades.size() < 2 || grades.size() > 9) {
			throw InvalidFieldsException.of("grades", "performance.guidance.count");
		}
		Set<String> codes = new HashSet<>();
		Set<BigDecimal> minimums = new HashSet<>();
		BigDecimal shares = BigDecimal.ZERO;
		for (int i = 0; i < grades.size(); i++) {
			Grade grade = grades.get(i);
			if (grade == null || grade.code() == null || !grade.code().matches("[A-Z]{1,4}") || !codes.add(grade.code())
					|| grade.minScore() == null || grade.minScore().signum() < 0
					|| grade.minScore().compareTo(MAX_SCORE) > 0 || !minimums.add(grade.minScore().stripTrailingZeros())
					|| grade.share() == null || grade.share().signum() < 0 || grade.share().compareTo(HUNDRED) > 0) {
				throw InvalidFieldsException.of("grades[" + i + "]", "performance.guidance.grade");
			}
			shares = shares.add(grade.share());
		}
		if (shares.compareTo(HUNDRED) != 0) {
			throw InvalidFieldsException.of("grades", "performance.guidance.shares", shares.stripTrailingZeros()
				.toPlainString());
		}
		if (grades.stream().noneMatch(g -> g.minScore().signum() == 0)) {
			throw InvalidFieldsException.of("grades", "performance.guidance.lowest");
		}
	}

	GradeScale scale() {
		return jdbc.query("select grades from performance.grade_guidance where tenant_id = ?",
				(rs, n) -> new GradeScale(json.readValue(rs.getString(1), GRADES)), TenantContext.require())
			.stream()
			.findFirst()
			.orElse(GradeScale.DEFAULT);
	}
}
