package io.renloop.performance.internal;

import io.renloop.performance.CreateCycle;
import io.renloop.performance.CycleKind;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.CycleView;
import io.renloop.performance.TemplateKind;
import io.renloop.performance.TemplateRule;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The cycle table. */
@Component
class CycleStore {

	private static final String SELECT = """
			select c.*, t.code template_code, t.kind template_kind from performance.cycle c
			 join performance.template t on t.id = c.template_id""";

	private static final TypeReference<List<StoredRule>> RULES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	CycleStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @param rules the command's template rules, each with the id of its template
	 */
	void insert(String tenantId, UUID id, CreateCycle command, UUID templateId, List<StoredRule> rules, int reviews,
			Instant now) {
		jdbc.update("""
				insert into performance.cycle (id, tenant_id, name, kind, period, period_start, period_end, template_id,
				 department_id, phase, phase_ends, forced_distribution, review_count, created_at, template_rules)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}'::jsonb, ?, ?, ?, ?::jsonb)""", id, tenantId, command.name(),
				command.kind().name(), command.period(), Date.valueOf(command.periodStart()),
				Date.valueOf(command.periodEnd()), templateId, command.departmentId(), CyclePhase.GOAL_SETTING.name(),
				command.forcedDistribution(), reviews, Timestamp.from(now), json.writeValueAsString(rules));
	}

	/** Whether any of the cycle's templates is an OKR template (its people keep objectives). */
	boolean usesOkr(String tenantId, UUID cycleId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from performance.cycle c join performance.template t on t.tenant_id = c.tenant_id
				 and (t.id = c.template_id or t.id::text in (select r ->> 'templateId'
				 from jsonb_array_elements(c.template_rules) r)) where c.tenant_id = ? and c.id = ? and t.kind = 'OKR')""",
				Boolean.class, tenantId, cycleId));
	}

	/** A template rule as the cycle keeps it: the rule and the id its code named when the cycle opened. */
	record StoredRule(String templateCode, UUID templateId, UUID positionId, UUID departmentId) {

		TemplateRule rule() {
			return new TemplateRule(templateCode, positionId, departmentId);
		}
	}

	List<CycleRow> list(String tenantId) {
		return jdbc.query(SELECT + " where c.tenant_id = ? order by c.period_end desc, c.name", this::row,
				tenantId);
	}

	Optional<CycleRow> byId(String tenantId, UUID id) {
		return jdbc.query(SELECT + " where c.tenant_id = ? and c.id = ?", this::row, tenantId, id)
			.stream()
			.findFirst();
	}

	/** Moves the cycle from one of the phases to another; false when it is in none of them any more. */
	boolean move(String tenantId, UUID id, Collection<CyclePhase> from, CyclePhase to) {
		return jdbc.update("""
				update performance.cycle set phase = ?, version = version + 1
				 where tenant_id = ? and id = ? and phase = any(?)""", ps -> {
			ps.setString(1, to.name());
			ps.setString(2, tenantId);
			ps.setObject(3, id);
			ps.setArray(4, ps.getConnection().createArrayOf("varchar", from.stream().map(Enum::name).toArray()));
		}) == 1;
	}

	void approvalStarted(String tenantId, UUID id, UUID approvalId) {
		jdbc.update("update performance.cycle set approval_id = ? where tenant_id = ? and id = ?", approvalId,
				tenantId, id);
	}

	/** Records the publication and the last day of the appeal window (the tenant's publication day + its days). */
	void published(String tenantId, UUID id, Instant at, java.time.LocalDate publishedOn) {
		jdbc.update("""
				update performance.cycle set published_at = ?, appeal_until = ?::date + appeal_days
				 where tenant_id = ? and id = ?""", Timestamp.from(at), Date.valueOf(publishedOn), tenantId, id);
	}

	private CycleRow row(ResultSet rs, int n) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		Date appealUntil = rs.getDate("appeal_until");
		List<StoredRule> rules = json.readValue(rs.getString("template_rules"), RULES);
		CycleView view = new CycleView(rs.getObject("id", UUID.class), rs.getString("name"),
				CycleKind.valueOf(rs.getString("kind")), rs.getString("period"),
				rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
				rs.getString("template_code"), TemplateKind.valueOf(rs.getString("template_kind")),
				rs.getObject("department_id", UUID.class), CyclePhase.valueOf(rs.getString("phase")),
				rs.getBoolean("forced_distribution"), rs.getInt("review_count"), rs.getObject("approval_id", UUID.class),
				published == null ? null : published.toInstant(),
				appealUntil == null ? null : appealUntil.toLocalDate(), rules.stream().map(StoredRule::rule).toList());
		return new CycleRow(view, rs.getObject("template_id", UUID.class), rules);
	}
}
