package io.renloop.performance.internal;

import io.renloop.organization.Organization;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.TalentReviewView;
import io.renloop.performance.TalentReviewView.Box;
import io.renloop.performance.TalentReviewView.Candidate;
import io.renloop.performance.TalentReviewView.Person;
import io.renloop.performance.TalentReviews;
import io.renloop.performance.internal.scoring.GradeScale;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 9-box from the latest published cycle: performance from the final grade (the two best grades high, the two
 * worst low), potential from the manager's rating (1–3, unrated counts as 2). High performers with high potential
 * are promotion candidates; high performers whose potential is not high, and everyone graded best, are pay-review
 * candidates.
 */
@Service
class DefaultTalentReviews implements TalentReviews {

	private final CycleStore cycles;

	private final ReviewStore reviews;

	private final ReviewScope scope;

	private final GradeGuidance guidance;

	private final Organization organization;

	private final MessageSource messages;

	private final AuditTrail audit;

	DefaultTalentReviews(CycleStore cycles, ReviewStore reviews, ReviewScope scope, GradeGuidance guidance,
			Organization organization, MessageSource messages, AuditTrail audit) {
		this.cycles = cycles;
		this.reviews = reviews;
		this.scope = scope;
		this.guidance = guidance;
		this.organization = organization;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	@Transactional
	public TalentReviewView of(UUID departmentId) {
		String tenantId = TenantContext.require();
		Set<UUID> wanted = departmentId == null ? null : organization.subtreeIds(departmentId);
		Set<UUID> visible = scope.departments();
		Set<UUID> departments = intersect(wanted, visible);
		CycleRow cycle = cycles.list(tenantId)
			.stream()
			.filter(c -> c.view().phase().compareTo(CyclePhase.PUBLISHED) >= 0)
			.findFirst()
			.orElse(null);
		List<Box> boxes = new ArrayList<>();
		for (int performance = 3; performance >= 1; performance--) {
			for (int potential = 1; potential <= 3; potential++) {
				boxes.add(new Box(performance, potential, new ArrayList<>()));
			}
		}
		if (cycle == null) {
			return new TalentReviewView(null, null, boxes, List.of(), List.of());
		}
		GradeScale scale = guidance.scale();
		List<String> codes = scale.codes();
		List<Candidate> promotion = new ArrayList<>();
		List<Candidate> payReview = new ArrayList<>();
		for (ReviewRow review : reviews.ofCycle(tenantId, cycle.id(), departments, null)) {
			if (review.finalGrade() == null) {
				continue;
			}
			int rank = codes.indexOf(review.finalGrade());
			int performance = rank < 2 ? 3 : rank >= codes.size() - 2 ? 1 : 2;
			int potential = review.potential() == null ? 2 : review.potential();
			Person person = new Person(review.employeeId(), review.employeeName(), review.finalGrade(), review.score(),
					review.potential());
			boxes.get((3 - performance) * 3 + potential - 1).people().add(person);
			if (performance == 3 && potential == 3) {
				promotion.add(new Candidate(review.employeeId(), review.employeeName(),
						List.of(text("performance.talent.reason.topBox", review.finalGrade(), cycle.view().name()))));
			}
			else if (performance == 3) {
				payReview.add(new Candidate(review.employeeId(), review.employeeName(),
						List.of(text("performance.talent.reason.highPerformer", review.finalGrade(),
								cycle.view().name()))));
			}
		}
		audit.recordSensitiveRead("TalentReview", departmentId == null ? "tenant" : departmentId, "grades");
		return new TalentReviewView(cycle.id(), cycle.view().name(), boxes, promotion, payReview);
	}

	private static Set<UUID> intersect(Set<UUID> wanted, Set<UUID> visible) {
		if (wanted == null) {
			return visible;
		}
		if (visible == null) {
			return wanted;
		}
		Set<UUID> both = new HashSet<>(wanted);
		both.retainAll(visible);
		return both;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
