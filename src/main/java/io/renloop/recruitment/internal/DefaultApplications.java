package io.renloop.recruitment.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationCommands.MoveApplications;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationStageChanged;
import io.renloop.recruitment.ApplicationViews.ApplicationDetails;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.ApplicationViews.CandidateContact;
import io.renloop.recruitment.ApplicationViews.CandidateDetails;
import io.renloop.recruitment.ApplicationViews.StageChange;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.ResumeFile;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class DefaultApplications implements Applications {

	private final ApplicationIntake intake;

	private final RequisitionRepository requisitions;

	private final CandidateRepository candidates;

	private final JobApplicationRepository applications;

	private final StageHistory history;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final AuditTrail audit;

	private final FormerEmployeeRecognition formerEmployees;

	DefaultApplications(ApplicationIntake intake, RequisitionRepository requisitions, CandidateRepository candidates,
			JobApplicationRepository applications, StageHistory history, ApplicationEventPublisher events,
			JsonMapper json, Clock clock, AuditTrail audit, FormerEmployeeRecognition formerEmployees) {
		this.audit = audit;
		this.formerEmployees = formerEmployees;
		this.intake = intake;
		this.requisitions = requisitions;
		this.candidates = candidates;
		this.applications = applications;
		this.history = history;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ApplicationReceipt apply(UUID requisitionId, Apply command) {
		return intake.apply(requisitionId, command, null);
	}

	@Override
	@Transactional
	public ApplicationReceipt apply(UUID requisitionId, Apply command, ResumeFile resume) {
		return intake.apply(requisitionId, command, resume);
	}

	@Override
	public Map<UUID, Long> countByRequisition(Collection<UUID> requisitionIds) {
		if (requisitionIds.isEmpty()) {
			return Map.of();
		}
		return applications.countByRequisitionIds(requisitionIds)
			.stream()
			.collect(Collectors.toMap(JobApplicationRepository.RequisitionCount::getRequisitionId,
					JobApplicationRepository.RequisitionCount::getApplications));
	}

	@Override
	public List<ApplicationSummary> ofRequisition(UUID requisitionId) {
		if (!requisitions.existsById(requisitionId)) {
			throw new NotFoundException("Requisition", requisitionId);
		}
		List<JobApplication> found = applications.findByRequisitionIdOrderByCreatedAt(requisitionId);
		Map<UUID, String> names = new HashMap<>();
		candidates.namesOfApplicantsTo(requisitionId).forEach(row -> names.put((UUID) row[0], (String) row[1]));
		return found.stream().map(a -> summary(a, names.get(a.candidateId()))).toList();
	}

	@Override
	public CandidateDetails candidate(UUID candidateId) {
		Candidate candidate = candidates.findById(candidateId)
			.orElseThrow(() -> new NotFoundException("Candidate", candidateId));
		List<JobApplication> found = applications.findByCandidateIdOrderByCreatedAt(candidateId);
		Map<UUID, List<StageChange>> changes = history
			.findByApplicationIdInOrderByOccurredAt(found.stream().map(JobApplication::id).toList())
			.stream()
			.collect(Collectors.groupingBy(StageHistoryEntry::applicationId, Collectors.mapping(
					e -> new StageChange(e.fromStage(), e.toStage(), e.reason(), e.actor(), e.occurredAt()),
					Collectors.toList())));
		List<ApplicationDetails> details = found.stream()
			.map(a -> new ApplicationDetails(summary(a, candidate), changes.getOrDefault(a.id(), List.of())))
			.toList();
		ParsedResume profile = candidate.profile() == null ? null
				: json.readValue(candidate.profile(), ParsedResume.class);
		return new CandidateDetails(candidate.id(), candidate.name(), candidate.phone(), candidate.email(), profile,
				candidate.channel(), candidate.consentGivenAt(), candidate.retainUntil(), candidate.createdAt(),
				details, formerEmployees.of(candidate).orElse(null), candidate.resumeFileName());
	}

	@Override
	public ApplicationSummary application(UUID applicationId) {
		JobApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
		return summary(application, candidates.findById(application.candidateId()).orElseThrow());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationSummary> applications(Collection<UUID> applicationIds) {
		List<JobApplication> found = applications.findAllById(applicationIds);
		Map<UUID, Candidate> people = candidates.findAllById(found.stream().map(JobApplication::candidateId).toList())
			.stream()
			.collect(Collectors.toMap(Candidate::id, c -> c));
		return found.stream()
			.filter(a -> people.containsKey(a.candidateId()))
			.map(a -> summary(a, people.get(a.candidateId())))
			.toList();
	}

	@Override
	@Transactional
	public CandidateContact revealContact(UUID candidateId) {
		Candidate candidate = candidates.findById(candidateId)
			.orElseThrow(() -> new NotFoundException("Candidate", candidateId));
		audit.recordSensitiveRead("Candidate", candidateId, "phone,email");
		return new CandidateContact(candidateId, candidate.phone(), candidate.email());
	}

	@Override
	@Transactional
	public ApplicationSummary move(UUID applicationId, MoveApplication command) {
		return moveOne(applicationId, command.to(), command.reason());
	}

	@Override
	@Transactional
	public List<ApplicationSummary> moveAll(MoveApplications command) {
		return new LinkedHashSet<>(command.applicationIds()).stream()
			.map(id -> moveOne(id, command.to(), command.reason()))
			.toList();
	}

	private ApplicationSummary moveOne(UUID applicationId, ApplicationStage to, String reason) {
		JobApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
		Instant now = clock.instant();
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		ApplicationStage from = application.moveTo(to, why, now);
		history.save(new StageHistoryEntry(applicationId, from, to, why, ApplicationIntake.actor(), now));
		events.publishEvent(new ApplicationStageChanged(TenantContext.require(), applicationId, application.candidateId(),
				application.requisitionId(), from, to, now));
		return summary(application, candidates.findById(application.candidateId()).orElseThrow());
	}

	private static ApplicationSummary summary(JobApplication application, Candidate candidate) {
		return summary(application, candidate == null ? null : candidate.displayName());
	}

	private static ApplicationSummary summary(JobApplication application, String candidateName) {
		return new ApplicationSummary(application.id(), application.requisitionId(), application.candidateId(),
				candidateName, application.channel(), application.cost(), application.stage(), application.createdAt(),
				application.updatedAt());
	}
}
