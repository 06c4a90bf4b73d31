package io.renloop.offboarding.internal;

import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.ExitInterviewCompleted;
import io.renloop.offboarding.ExitInterviews;
import io.renloop.offboarding.OffboardingCommands.ExitInterviewAnswers;
import io.renloop.offboarding.OffboardingViews.ExitInterviewView;
import io.renloop.offboarding.OffboardingViews.ExitReasonView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exit interview, confidential to HR. */
@Service
@Transactional
class DefaultExitInterviews implements ExitInterviews {

	private final ExitInterviewRepository interviews;

	private final ExitReasonRepository reasons;

	private final OffboardingCaseRepository cases;

	private final CaseAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DefaultExitInterviews(ExitInterviewRepository interviews, ExitReasonRepository reasons,
			OffboardingCaseRepository cases, CaseAccess access, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.interviews = interviews;
		this.reasons = reasons;
		this.cases = cases;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<ExitReasonView> reasons() {
		boolean chinese = LocaleContextHolder.getLocale().getLanguage().equals("zh");
		return tenantReasons().stream().map(r -> new ExitReasonView(r.code(), r.name(chinese))).toList();
	}

	private List<ExitReason> tenantReasons() {
		List<ExitReason> list = reasons.findAllByOrderBySortOrder();
		return list.isEmpty() ? reasons.saveAll(ExitReasonDefaults.reasons()) : list;
	}

	@Override
	public void submit(UUID caseId, ExitInterviewAnswers answers) {
		CurrentUser me = CurrentUser.require();
		OffboardingCase offboarding = access.requireVisible(
				cases.findById(caseId).orElseThrow(() -> new NotFoundException("OffboardingCase", caseId)), me);
		if (!CaseAccess.isHr(me) && !access.isLeaver(offboarding, me)) {
			throw new BusinessRuleException(403, "offboarding.case.notYours");
		}
		if (offboarding.status() != CaseStatus.APPROVED || interviews.existsByCaseId(caseId)) {
			throw new BusinessRuleException("offboarding.exitInterview.closed");
		}
		Set<String> known = tenantReasons().stream().map(ExitReason::code).collect(Collectors.toSet());
		List<String> codes = answers.reasonCodes().stream().distinct().toList();
		if (codes.isEmpty() || codes.size() > 5) {
			throw InvalidFieldsException.of("reasonCodes", "offboarding.exitInterview.reasonCount");
		}
		codes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
			throw InvalidFieldsException.of("reasonCodes", "offboarding.exitInterview.unknownReason", code);
		});
		interviews.save(new ExitInterview(caseId, codes, answers.comments(), answers.wouldReturn(),
				answers.managerFeedback(), clock.instant()));
		audit.recordChange("EXIT_INTERVIEW", DefaultOffboardingCases.ENTITY, caseId, null,
				Map.of("reasonCodes", codes));
		events.publishEvent(new ExitInterviewCompleted(TenantContext.require(), offboarding.employeeId(), caseId, codes,
				answers.wouldReturn()));
	}

	@Override
	public ExitInterviewView answers(UUID caseId) {
		ExitInterview answers = interviews.findByCaseId(caseId)
			.orElseThrow(() -> new NotFoundException("ExitInterview", caseId));
		audit.recordSensitiveRead("ExitInterview", caseId, "reasonCodes,comments,wouldReturn,managerFeedback");
		return new ExitInterviewView(caseId, answers.reasonCodes(), answers.comments(), answers.wouldReturn(),
				answers.managerFeedback(), answers.submittedAt());
	}
}
