package io.renloop.performance.internal;

import io.renloop.performance.Grade;
import io.renloop.performance.internal.scoring.GradeScale;
import io.renloop.platform.TenantContext;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tenant's grade scale and expected distribution; {@link GradeScale#DEFAULT} until the tenant sets its own. */
@Component
class GradeGuidance {

	private static final TypeReference<List<Grade>> GRADES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	GradeGuidance(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	GradeScale scale() {
		return jdbc.query("select grades from performance.grade_guidance where tenant_id = ?",
				(rs, n) -> new GradeScale(json.readValue(rs.getString(1), GRADES)), TenantContext.require())
			.stream()
			.findFirst()
			.orElse(GradeScale.DEFAULT);
	}
}
