package io.renloop.fairness.internal;

import io.renloop.fairness.AgeBand;
import io.renloop.fairness.FairnessReport;
import io.renloop.fairness.FairnessReport.AttributeResult;
import io.renloop.fairness.FairnessReports;
import io.renloop.fairness.Gender;
import io.renloop.fairness.internal.ImpactRatios.Counts;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.recruitment.ApplicationProgress;
import io.renloop.recruitment.ApplicationProgress.Reach;
import io.renloop.recruitment.ApplicationStage;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fairness report: the applications of a requisition (or all) with the furthest stage each reached, joined
 * in memory with the decrypted self-reports of those applications. Only counts leave this class.
 */
@Service
@Transactional(readOnly = true)
class DefaultFairnessReports implements FairnessReports {

	static final Set<ApplicationStage> STAGES = EnumSet.range(ApplicationStage.SCREENED, ApplicationStage.HIRED);

	private final ApplicationProgress progress;

	private final SelfReportRepository reports;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final int minimumGroupSize;

	DefaultFairnessReports(ApplicationProgress progress, SelfReportRepository reports, PersonalDataCipher cipher,
			AuditTrail audit, @Value("${renloop.fairness.minimum-group-size:5}") int minimumGroupSize) {
		this.progress = progress;
		this.reports = reports;
		this.cipher = cipher;
		this.audit = audit;
		this.minimumGroupSize = minimumGroupSize;
	}

	@Override
	@Transactional
	public FairnessReport report(UUID requisitionId, ApplicationStage stage) {
		if (stage == null || !STAGES.contains(stage)) {
			throw InvalidFieldsException.of("stage", "fairness.report.stage");
		}
		List<Reach> applications = progress.furthestStages(requisitionId);
		Map<UUID, Answers> answers = new LinkedHashMap<>();
		reports.findByApplicationIdIn(applications.stream().map(Reach::applicationId).toList())
			.forEach(r -> answers.put(r.applicationId(), new Answers(Gender.valueOf(cipher.decrypt(r.gender())),
					AgeBand.valueOf(cipher.decrypt(r.ageBand())))));
		audit.recordSensitiveRead("FairnessReport", requisitionId == null ? "all" : requisitionId,
				"selfReport.gender,selfReport.ageBand (aggregated)");
		return new FairnessReport(requisitionId, stage, minimumGroupSize, List.of(
				attribute("GENDER", Gender.values(), Gender.PREFER_NOT_TO_SAY, applications, stage,
						a -> answers.containsKey(a) ? answers.get(a).gender() : null),
				attribute("AGE_BAND", AgeBand.values(), AgeBand.PREFER_NOT_TO_SAY, applications, stage,
						a -> answers.containsKey(a) ? answers.get(a).ageBand() : null)));
	}

	private <E extends Enum<E>> AttributeResult attribute(String name, E[] values, E notSaid, List<Reach> applications,
			ApplicationStage stage, Function<UUID, E> answer) {
		Map<String, Counts> groups = new LinkedHashMap<>();
		for (E value : values) {
			if (value != notSaid) {
				groups.put(value.name(), new Counts(0, 0));
			}
		}
		Counts notReported = new Counts(0, 0);
		for (Reach application : applications) {
			E given = answer.apply(application.applicationId());
			boolean selected = application.reached(stage);
			if (given == null || given == notSaid) {
				notReported = notReported.plus(selected);
			}
			else {
				groups.merge(given.name(), new Counts(0, 0).plus(selected),
						(a, b) -> new Counts(a.applicants() + b.applicants(), a.selected() + b.selected()));
			}
		}
		return new AttributeResult(name, ImpactRatios.of(groups, notReported, minimumGroupSize));
	}

	private record Answers(Gender gender, AgeBand ageBand) {
	}
}
