package io.renloop.training.internal.recommend;

import io.renloop.platform.TenantContext;
import io.renloop.training.Recommendations.Source;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Development needs as structured rows — the AI interview's dimensions and missed key points, performance gaps — and
 * the offer → application → employee links that attach a candidate's needs to the employee they became.
 */
@Component
class NeedStore {

	/** Below this score a dimension or item is a need. */
	static final BigDecimal WEAK = new BigDecimal("60");

	private final JdbcTemplate jdbc;

	NeedStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a need once per source and reference (a redelivered event adds nothing). */
	void record(UUID employeeId, UUID applicationId, Source source, String topic, BigDecimal score,
			String missingPoints, String context, String refKey, Instant now) {
		jdbc.update("""
				insert into training.development_need (id, tenant_id, employee_id, application_id, source, topic, score,
				    missing_points, context, ref_key, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, source, ref_key) do nothing""",
				UUID.randomUUID(), TenantContext.require(), employeeId, applicationId, source.name(), cut(topic, 200),
				score, cut(missingPoints, 2000), cut(context, 200), cut(refKey, 300), Timestamp.from(now));
	}

	/**
	 * Serialises the tenant's linking work until the transaction ends: the three events arrive concurrently, and each
	 * must see what the others committed, or a candidate's needs could miss their employee for good.
	 */
	void lockLinks() {
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "training.hire_link:" + TenantContext.require());
	}

	void linkOffer(UUID offerId, UUID applicationId) {
		jdbc.update("""
				insert into training.hire_link (tenant_id, offer_id, application_id) values (?, ?, ?)
				on conflict (offer_id) do update set application_id = excluded.application_id""",
				TenantContext.require(), offerId, applicationId);
		attachLinkedNeeds();
	}

	void linkEmployee(UUID offerId, UUID employeeId) {
		jdbc.update("""
				insert into training.hire_link (tenant_id, offer_id, employee_id) values (?, ?, ?)
				on conflict (offer_id) do update set employee_id = excluded.employee_id""", TenantContext.require(),
				offerId, employeeId);
		attachLinkedNeeds();
	}

	/** Gives the needs of a hired candidate's application to the employee; events may come in any order. */
	void attachLinkedNeeds() {
		jdbc.update("""
				update training.development_need n set employee_id = l.employee_id
				from training.hire_link l
				where n.tenant_id = ? and l.tenant_id = n.tenant_id and l.application_id = n.application_id
				and l.employee_id is not null and n.employee_id is null""", TenantContext.require());
	}

	List<Need> of(UUID employeeId) {
		return jdbc.query("""
				select source, topic, score, missing_points, context from training.development_need
				where tenant_id = ? and employee_id = ? and (score is null or score < ?)
				order by created_at desc, score""", (rs, n) -> {
			Source source = Source.valueOf(rs.getString("source"));
			BigDecimal score = rs.getBigDecimal("score");
			String key = switch (source) {
				case AI_INTERVIEW -> score == null ? "training.reason.aiInterviewPoint" : "training.reason.aiInterview";
				case PERFORMANCE -> "training.reason.performance";
				default -> "training.reason.manager";
			};
			return new Need(source, rs.getString("topic"), score, rs.getString("context"), null, key);
		}, TenantContext.require(), employeeId, WEAK);
	}

	private static String cut(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max);
	}
}
