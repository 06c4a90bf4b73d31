package io.renloop.recruitment.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.CandidateErased;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one candidate's personal data, on request or when their retention ended: name, contacts, profile,
 * resume, and the free-text reasons of their stage changes. The applications and their stages stay. Audited
 * (without the erased values) and announced with {@link CandidateErased}.
 */
@Component
class CandidateErasure {

	/** Why a candidate was erased, as written to the audit log. */
	enum Cause {
		REQUEST, RETENTION_EXPIRED
	}

	private final CandidateRepository candidates;

	private final JobApplicationRepository applications;

	private final StageHistory history;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CandidateErasure(CandidateRepository candidates, JobApplicationRepository applications, StageHistory history,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.candidates = candidates;
		this.applications = applications;
		this.history = history;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void erase(UUID candidateId, Cause cause) {
		Candidate candidate = candidates.findById(candidateId)
			.orElseThrow(() -> new NotFoundException("Candidate", candidateId));
		if (candidate.erased()) {
			throw new BusinessRuleException("recruitment.candidate.alreadyErased", candidate.erasedAt());
		}
		List<String> held = Stream.of(field("name", candidate.name()), field("phone", candidate.phone()),
				field("email", candidate.email()), field("profile", candidate.profile()),
				field("resumeText", candidate.sealedResumeText()), field("resumeFileName", candidate.resumeFileName()))
			.flatMap(Stream::ofNullable)
			.toList();
		Instant now = clock.instant();
		candidate.erase(now);
		List<UUID> kept = applications.findByCandidateIdOrderByCreatedAt(candidateId)
			.stream()
			.map(JobApplication::id)
			.toList();
		history.findByApplicationIdInOrderByOccurredAt(kept).forEach(StageHistoryEntry::forgetReason);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("cause", cause);
		after.put("erasedFields", held);
		after.put("applicationsKept", kept.size());
		audit.recordChange("ERASE", "Candidate", candidateId, null, after);
		events.publishEvent(new CandidateErased(TenantContext.require(), candidateId));
	}

	private static String field(String name, Object value) {
		return value == null ? null : name;
	}
}
