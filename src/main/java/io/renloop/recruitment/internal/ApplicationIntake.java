package io.renloop.recruitment.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.ApplicationReceived;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.HistoricApplications.PastStageChange;
import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.ResumeParser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in an application: parses the resume text, recognizes a known candidate, records the application
 * with its first history entry. The resume text is stored only sealed and with protected attributes
 * redacted, and never logged.
 */
@Component
class ApplicationIntake {

	/** The length of the column that keeps the file name. */
	private static final int MAX_FILE_NAME = 255;

	private final RequisitionRepository requisitions;

	private final CandidateRepository candidates;

	private final JobApplicationRepository applications;

	private final StageHistory history;

	private final DuplicateCandidates duplicates;

	private final ResumeParser parser;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final int retentionMonths;

	private final DocumentText documents = new DocumentText();

	ApplicationIntake(RequisitionRepository requisitions, CandidateRepository candidates,
			JobApplicationRepository applications, StageHistory history, DuplicateCandidates duplicates,
			ResumeParser parser, PersonalDataCipher cipher, AuditTrail audit, ApplicationEventPublisher events,
			JsonMapper json, Clock clock, CandidateRetentionProperties retention) {
		this.requisitions = requisitions;
		this.candidates = candidates;
		this.applications = applications;
		this.history = history;
		this.duplicates = duplicates;
		this.parser = parser;
		this.cipher = cipher;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.retentionMonths = retention.retentionMonths();
	}

	@Transactional
	ApplicationReceipt apply(UUID requisitionId, Apply command, ResumeFile file) {
		Requisition requisition = requisition(requisitionId);
		if (requisition.status() != RequisitionStatus.OPEN) {
			throw new BusinessRuleException("recruitment.application.requisitionNotOpen", requisition.status());
		}
		return receive(requisitionId, command, file, clock.instant(), List.of());
	}

	/**
	 * Records an application that arrived at {@code receivedAt} (now, or a past time for imported history) and
	 * moves it through {@code pastChanges}, each checked by {@link ApplicationStage#canMoveTo}.
	 */
	@Transactional
	ApplicationReceipt receive(UUID requisitionId, Apply command, ResumeFile file, Instant receivedAt,
			List<PastStageChange> pastChanges) {
		if (!command.consent()) {
			throw InvalidFieldsException.of("consent", "recruitment.application.consentRequired");
		}
		String text = resumeText(command, file);
		ParsedResume parsed = text == null ? null : parser.parse(text);
		String name = firstPresent(command.name(), parsed == null ? null : parsed.name());
		String fileName = fileName(file);
		if (name == null && (fileName == null || parsed == null)) {
			throw InvalidFieldsException.of("name", "recruitment.application.nameRequired");
		}
		String phone = ContactNormalization.phone(firstPresent(command.phone(), parsed == null ? null : parsed.phone()));
		String email = ContactNormalization.email(firstPresent(command.email(), parsed == null ? null : parsed.email()));
		Long simhash = ResumeSimHash.of(text);
		LocalDate retainUntil = LocalDate.ofInstant(receivedAt, ZoneOffset.UTC).plusMonths(retentionMonths);

		Optional<Candidate> known = duplicates.find(name, phone, email, simhash);
		Candidate candidate = known.map(c -> reapplied(c, requisitionId, phone, email, receivedAt, retainUntil))
			.orElseGet(() -> new Candidate(name, phone, email, command.channel(), receivedAt, retainUntil));
		if (text != null) {
			candidate.attachResume(json.writeValueAsString(parsed), cipher.encrypt(ProtectedAttributes.redact(text)),
					simhash, fileName);
		}
		candidates.save(candidate);
		JobApplication application = applications
			.save(new JobApplication(candidate.id(), requisitionId, command.channel(), command.cost(), receivedAt));
		history.save(new StageHistoryEntry(application.id(), null, ApplicationStage.APPLIED, null, actor(), receivedAt));
		for (PastStageChange change : pastChanges) {
			String why = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
			ApplicationStage from = application.moveTo(change.to(), why, change.occurredAt());
			history.save(new StageHistoryEntry(application.id(), from, change.to(), why, actor(), change.occurredAt()));
		}
		audit.recordChange("CREATE", "Application", application.id(), null,
				snapshot(application, known.isPresent(), pastChanges.size()));
		events.publishEvent(new ApplicationReceived(TenantContext.require(), application.id(), candidate.id(), requisitionId,
				command.channel(), known.isPresent(), receivedAt));
		return new ApplicationReceipt(candidate.id(), application.id(), known.map(Candidate::id).orElse(null),
				application.stage());
	}

	Requisition requisition(UUID requisitionId) {
		return requisitions.findById(requisitionId)
			.orElseThrow(() -> new NotFoundException("Requisition", requisitionId));
	}

	/** The text of the file when one is given (Tika's errors become 413, 415 or 422), else the text sent. */
	private String resumeText(Apply command, ResumeFile file) {
		String text = file != null ? documents.extract(file) : command.text();
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * The name of the uploaded file without its folder, shown for a candidate whose resume states no name; null for
	 * text sent without a file.
	 */
	private static String fileName(ResumeFile file) {
		if (file == null || file.filename() == null) {
			return null;
		}
		String bare = file.filename().replaceAll("^.*[/\\\\]", "").strip();
		return bare.isEmpty() ? null : bare.substring(0, Math.min(bare.length(), MAX_FILE_NAME));
	}

	private Candidate reapplied(Candidate candidate, UUID requisitionId, String phone, String email, Instant now,
			LocalDate retainUntil) {
		if (applications.existsByCandidateIdAndRequisitionId(candidate.id(), requisitionId)) {
			throw new BusinessRuleException("recruitment.application.alreadyApplied");
		}
		String freePhone = phone != null && candidates.findByPhone(phone).isEmpty() ? phone : null;
		String freeEmail = email != null && candidates.findByEmail(email).isEmpty() ? email : null;
		candidate.reapplied(freePhone, freeEmail, now, retainUntil);
		return candidate;
	}

	static String actor() {
		return CurrentUser.find().map(CurrentUser::email).orElse(SystemActor.NAME);
	}

	private static Map<String, Object> snapshot(JobApplication application, boolean knownCandidate,
			int pastChanges) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("candidateId", application.candidateId());
		state.put("requisitionId", application.requisitionId());
		state.put("channel", application.channel());
		state.put("stage", application.stage());
		state.put("knownCandidate", knownCandidate);
		if (pastChanges > 0) {
			state.put("importedStageChanges", pastChanges);
		}
		return state;
	}

	private static String firstPresent(String given, String parsed) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		return parsed == null || parsed.isBlank() ? null : parsed.strip();
	}
}
