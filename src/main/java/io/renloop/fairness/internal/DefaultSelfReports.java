package io.renloop.fairness.internal;

import io.renloop.fairness.AgeBand;
import io.renloop.fairness.Gender;
import io.renloop.fairness.SelfReports;
import io.renloop.interview.InterviewTokens;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.SystemActor;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-reports through the interview link: the token names tenant and application; the answers are sealed at
 * once and the audit log records only that a self-report was given, never its content.
 */
@Service
class DefaultSelfReports implements SelfReports {

	static final String ENTITY = "SelfReport";

	private final InterviewTokens tokens;

	private final SelfReportRepository reports;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DefaultSelfReports(InterviewTokens tokens, SelfReportRepository reports, PersonalDataCipher cipher,
			AuditTrail audit, MessageSource messages, TransactionTemplate transactions, Clock clock) {
		this.tokens = tokens;
		this.reports = reports;
		this.cipher = cipher;
		this.audit = audit;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public SelfReportForm form(String interviewToken) {
		InterviewTokens.Subject subject = tokens.subject(interviewToken);
		Locale locale = "zh".equals(subject.language()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		boolean submitted = SystemActor.callAs(subject.tenantId(),
				() -> transactions.execute(s -> reports.findByApplicationId(subject.applicationId()).isPresent()));
		return new SelfReportForm(subject.language(), submitted, message("fairness.selfReport.title", locale),
				message("fairness.selfReport.intro", locale), message("fairness.selfReport.gender", locale),
				options(Gender.values(), "fairness.gender.", locale), message("fairness.selfReport.ageBand", locale),
				options(AgeBand.values(), "fairness.ageBand.", locale), message("fairness.selfReport.send", locale),
				message("fairness.selfReport.thanks", locale));
	}

	@Override
	public void submit(String interviewToken, Gender gender, AgeBand ageBand) {
		InterviewTokens.Subject subject = tokens.subject(interviewToken);
		SystemActor.runAs(subject.tenantId(), () -> transactions.executeWithoutResult(s -> {
			SelfReport report = reports.findByApplicationId(subject.applicationId())
				.orElseGet(() -> new SelfReport(subject.applicationId(), subject.candidateId(), clock.instant()));
			boolean created = report.gender() == null && report.ageBand() == null;
			report.answer(seal(gender == null ? Gender.PREFER_NOT_TO_SAY : gender),
					seal(ageBand == null ? AgeBand.PREFER_NOT_TO_SAY : ageBand), clock.instant());
			reports.save(report);
			audit.recordChange(created ? "CREATE" : "UPDATE", ENTITY, report.id(), null,
					Map.of("applicationId", subject.applicationId(), "answers", "***"));
		}));
	}

	private byte[] seal(Enum<?> answer) {
		return cipher.encrypt(answer.name());
	}

	private List<Option> options(Enum<?>[] values, String prefix, Locale locale) {
		return Arrays.stream(values).map(v -> new Option(v.name(), message(prefix + v.name(), locale))).toList();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
