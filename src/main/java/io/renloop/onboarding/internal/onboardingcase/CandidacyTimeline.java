package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.employee.EmployeeTimeline;
import io.renloop.interview.HiringDecisionView;
import io.renloop.interview.InterviewReport;
import io.renloop.onboarding.internal.onboardingcase.CandidacyFacts.Candidacy;
import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes the candidacy to the start of a new employee's timeline, oldest first: the application, its match, the
 * AI interview's dimension scores, the people's decisions, the offer and its signature, the onboarding, and the
 * development needs taken from the AI interview's areas to improve.
 */
@Component
class CandidacyTimeline {

	static final String SOURCE = "onboarding";

	private static final int TOP_FACTORS = 3;

	private final EmployeeTimeline timeline;

	private final OnboardingTexts texts;

	private final LabourContractRepository contracts;

	CandidacyTimeline(EmployeeTimeline timeline, OnboardingTexts texts, LabourContractRepository contracts) {
		this.timeline = timeline;
		this.texts = texts;
		this.contracts = contracts;
	}

	void write(UUID employeeId, OnboardingCase onboarding, Candidacy candidacy, Instant completedAt) {
		ZoneId zone = texts.zone();
		LocalDate completedOn = day(completedAt, zone);
		ApplicationSummary application = candidacy.application();
		LocalDate appliedOn = application == null ? day(onboarding.acceptedAt(), zone) : day(application.createdAt(), zone);
		if (application != null) {
			timeline.append(employeeId, appliedOn, "APPLICATION", SOURCE,
					texts.both("onboarding.timeline.application", application.channel().name()),
					facts("applicationId", application.id(), "channel", application.channel().name(), "requisitionId",
							application.requisitionId()));
		}
		ApplicationMatch match = candidacy.match();
		if (match != null) {
			List<Map<String, Object>> factors = match.factors().stream()
				.sorted(Comparator.comparingDouble((ApplicationMatch.Factor f) -> f.weight() * f.score()).reversed())
				.limit(TOP_FACTORS)
				.map(f -> facts("name", f.name(), "weight", f.weight(), "score", f.score()))
				.toList();
			timeline.append(employeeId, appliedOn, "MATCH", SOURCE, texts.both("onboarding.timeline.match", match.score()),
					facts("score", match.score(), "mustHavesMet", match.mustHavesMet(), "topFactors", factors));
		}
		InterviewReport report = candidacy.report();
		if (report != null) {
			Map<String, Object> dimensions = new LinkedHashMap<>();
			report.dimensions().forEach(d -> dimensions.put(d.dimension(), d.score()));
			timeline.append(employeeId, day(report.submittedAt(), zone), "AI_INTERVIEW", SOURCE,
					texts.both("onboarding.timeline.aiInterview", Math.round(report.overall())),
					facts("sessionId", report.sessionId(), "overall", report.overall(), "dimensionScores", dimensions));
		}
		candidacy.decisions().stream()
			.sorted(Comparator.comparing(HiringDecisionView::decidedAt))
			.forEach(decision -> timeline.append(employeeId, day(decision.decidedAt(), zone), "INTERVIEW_DECISION",
					SOURCE, texts.both("onboarding.timeline.decision", decision.outcome().name(), decision.toStage()),
					facts("decisionId", decision.id(), "outcome", decision.outcome().name(), "fromStage",
							decision.fromStage(), "toStage", decision.toStage(), "composite", decision.composite())));
		LocalDate acceptedOn = day(onboarding.acceptedAt(), zone);
		timeline.append(employeeId, acceptedOn, "OFFER", SOURCE, texts.both("onboarding.timeline.offer"),
				facts("offerId", onboarding.offerId(), "startDate", onboarding.startDate().toString(),
						"probationMonths", onboarding.probationMonths(), "accepted", true));
		timeline.append(employeeId, acceptedOn, "SIGNATURE", SOURCE, texts.both("onboarding.timeline.signature"),
				facts("offerId", onboarding.offerId(), "signedAt", onboarding.acceptedAt().toString(), "codeVerified",
						true));
		contracts.findById(onboarding.id()).filter(LabourContract::signed).ifPresent(contract -> timeline.append(
				employeeId, day(contract.signedAt(), zone), "CONTRACT_SIGNED", SOURCE,
				texts.both("onboarding.timeline.contractSigned"), facts("caseId", onboarding.id(), "signedAt",
						contract.signedAt().toString(), "codeVerified", true, "signedSha256", contract.signedSha256())));
		timeline.append(employeeId, completedOn, "ONBOARDING", SOURCE, texts.both("onboarding.timeline.onboarding"),
				facts("caseId", onboarding.id(), "submittedAt", String.valueOf(onboarding.submittedAt()),
						"probationEndDate", String.valueOf(onboarding.probationEndDate())));
		if (report != null && !report.improvements().isEmpty()) {
			timeline.append(employeeId, completedOn, "DEVELOPMENT_NEEDS", SOURCE,
					texts.both("onboarding.timeline.developmentNeeds", report.improvements().size()),
					facts("sessionId", report.sessionId(), "needs", report.improvements()));
		}
	}

	private static LocalDate day(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate();
	}

	/** A map of alternating keys and values, with ids as text and nulls left out. */
	private static Map<String, Object> facts(Object... keysAndValues) {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null) {
				facts.put((String) keysAndValues[i], value instanceof UUID ? value.toString() : value);
			}
		}
		return facts;
	}
}
