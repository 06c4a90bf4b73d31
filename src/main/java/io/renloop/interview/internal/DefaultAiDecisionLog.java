package io.renloop.interview.internal;

import io.renloop.interview.AiDecisionLog;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantTime;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the scored answers of the current tenant (the tenant filter applies to both entities). */
@Service
class DefaultAiDecisionLog implements AiDecisionLog {

	private static final TypeReference<List<String>> FLAGS = new TypeReference<>() {
	};

	private final EntityManager entityManager;

	private final TenantTime tenantTime;

	private final AuditTrail audit;

	private final JsonMapper json;

	DefaultAiDecisionLog(EntityManager entityManager, TenantTime tenantTime, AuditTrail audit, JsonMapper json) {
		this.entityManager = entityManager;
		this.tenantTime = tenantTime;
		this.audit = audit;
		this.json = json;
	}

	@Override
	@Transactional
	public List<AiDecision> between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw InvalidFieldsException.of("to", "interview.decisionLog.toBeforeFrom");
		}
		ZoneId zone = tenantTime.zone();
		List<Object[]> rows = entityManager
			.createQuery("select a, s from SessionAnswer a, InterviewSession s where s.id = a.sessionId"
					+ " and a.scoredAt >= :from and a.scoredAt < :to order by a.scoredAt, a.sessionId, a.position",
					Object[].class)
			.setParameter("from", from.atStartOfDay(zone).toInstant())
			.setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
			.setMaxResults(MAX_ENTRIES + 1)
			.getResultList();
		if (rows.size() > MAX_ENTRIES) {
			throw new BusinessRuleException(409, "interview.decisionLog.tooMany", MAX_ENTRIES);
		}
		audit.recordSensitiveRead("AiDecisionLog", from + ".." + to, "scores");
		return rows.stream().map(row -> decision((SessionAnswer) row[0], (InterviewSession) row[1])).toList();
	}

	private AiDecision decision(SessionAnswer answer, InterviewSession session) {
		List<String> flags = answer.flags() == null ? List.of() : json.readValue(answer.flags(), FLAGS);
		return new AiDecision(session.id(), session.applicationId(), session.requisitionId(), answer.questionId(),
				answer.dimension(), answer.score(), answer.level(), flags, answer.rubricVersion(), answer.scorerVersion(),
				answer.scoredAt());
	}
}
