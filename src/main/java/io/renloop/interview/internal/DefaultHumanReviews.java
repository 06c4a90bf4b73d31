package io.renloop.interview.internal;

import io.renloop.interview.CandidateHumanReview;
import io.renloop.interview.HumanReviewAnswer;
import io.renloop.interview.HumanReviewView;
import io.renloop.interview.HumanReviews;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.recruitment.Requisitions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional(readOnly = true)
class DefaultHumanReviews implements HumanReviews {

	static final String ENTITY = "HumanReview";

	/** The longest reason a candidate may give, in characters. */
	static final int MAX_REASON = 1000;

	private static final Set<String> STATUSES = Set.of(HumanReviewRequest.OPEN, HumanReviewRequest.ANSWERED);

	private final InterviewLinks links;

	private final InterviewSessionRepository sessions;

	private final HumanReviewRequestRepository reviews;

	private final Requisitions requisitions;

	private final TenantAdministration tenants;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int reviewDays;

	private final Duration grace;

	DefaultHumanReviews(InterviewLinks links, InterviewSessionRepository sessions, HumanReviewRequestRepository reviews,
			Requisitions requisitions, TenantAdministration tenants, AuditTrail audit, TransactionTemplate transactions,
			Clock clock, @Value("${renloop.interview.human-review-days:5}") int reviewDays,
			@Value("${renloop.interview.human-review-grace-days:30}") int graceDays) {
		this.links = links;
		this.sessions = sessions;
		this.reviews = reviews;
		this.requisitions = requisitions;
		this.tenants = tenants;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.reviewDays = reviewDays;
		this.grace = Duration.ofDays(graceDays);
	}

	/** Outside any caller's transaction: it opens its own as the token's tenant. */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CandidateHumanReview request(String token, String reason) {
		if (reason != null && reason.length() > MAX_REASON) {
			throw InvalidFieldsException.of("reason", "interview.humanReview.reasonTooLong", MAX_REASON);
		}
		InterviewLinks.Link link = links.verifyWithin(token, grace);
		return SystemActor.callAs(link.tenantId(), () -> transactions.execute(status -> {
			InterviewSession session = sessions.findById(link.sessionId())
				.orElseThrow(() -> new BusinessRuleException(404, "interview.link.invalid"));
			Instant now = clock.instant();
			if (!now.isBefore(session.expiresAt().plus(grace))) {
				throw new BusinessRuleException(410, "interview.link.expired");
			}
			if (!session.submitted()) {
				throw new BusinessRuleException("interview.humanReview.notSubmitted");
			}
			if (reviews.findBySessionId(session.id()).isPresent()) {
				throw new BusinessRuleException("interview.humanReview.already");
			}
			String owner = requisitions.get(session.requisitionId()).createdBy();
			HumanReviewRequest request = reviews.save(new HumanReviewRequest(session.id(), session.applicationId(),
					session.requisitionId(), owner, reason == null || reason.isBlank() ? null : reason.strip(), now,
					BusinessDays.after(now, reviewDays, zone(link.tenantId()))));
			Map<String, Object> state = new LinkedHashMap<>();
			state.put("sessionId", session.id());
			state.put("applicationId", session.applicationId());
			state.put("assignedTo", owner);
			state.put("dueAt", request.dueAt().toString());
			audit.recordChange("REQUEST", ENTITY, request.id(), null, state);
			return forCandidate(request);
		}));
	}

	@Override
	public List<HumanReviewView> queue(String status) {
		if (status != null && !STATUSES.contains(status)) {
			throw InvalidFieldsException.of("status", "interview.humanReview.unknownStatus", status);
		}
		List<HumanReviewRequest> found = status == null ? reviews.findAllByOrderByDueAt()
				: reviews.findByStatusOrderByDueAt(status);
		Instant now = clock.instant();
		return found.stream().map(r -> view(r, now)).toList();
	}

	@Override
	@Transactional
	public HumanReviewView answer(UUID id, HumanReviewAnswer answer) {
		CurrentUser person = Persons.require();
		HumanReviewRequest request = reviews.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		Instant now = clock.instant();
		boolean late = request.overdue(now);
		request.answer(answer.outcome(), answer.comment().strip(), person.email(), now);
		audit.recordChange("ANSWER", ENTITY, id, Map.of("status", HumanReviewRequest.OPEN),
				Map.of("status", request.status(), "outcome", answer.outcome(), "late", late));
		return view(request, now);
	}

	@Override
	public List<HumanReviewView> ofApplication(UUID applicationId) {
		Instant now = clock.instant();
		return reviews.findByApplicationIdOrderByRequestedAtDesc(applicationId).stream().map(r -> view(r, now)).toList();
	}

	static CandidateHumanReview forCandidate(HumanReviewRequest request) {
		return new CandidateHumanReview(request.status(), request.requestedAt(), request.dueAt(), request.answeredAt());
	}

	private ZoneId zone(String tenantId) {
		return tenants.tenant(tenantId).map(t -> ZoneId.of(t.timeZone())).orElse(clock.getZone());
	}

	private static HumanReviewView view(HumanReviewRequest r, Instant now) {
		return new HumanReviewView(r.id(), r.sessionId(), r.applicationId(), r.requisitionId(), r.assignedTo(),
				r.reason(), r.status(), r.requestedAt(), r.dueAt(), r.overdue(now), r.outcome(), r.comment(),
				r.answeredBy(), r.answeredAt());
	}
}
