package io.renloop.demo;

import io.renloop.demo.DemoOpening.Applicant;
import io.renloop.demo.DemoResumes.DemoResume;
import io.renloop.organization.HeadcountLine;
import io.renloop.organization.Organization;
import io.renloop.organization.OrganizationCommands.SetHeadcount;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.CompetencyModels;
import io.renloop.recruitment.HistoricApplications;
import io.renloop.recruitment.HistoricApplications.HistoricApplication;
import io.renloop.recruitment.HistoricApplications.PastStageChange;
import io.renloop.recruitment.RequisitionCommands.CreateRequisition;
import io.renloop.recruitment.RequisitionCommands.OpenRequisition;
import io.renloop.recruitment.Requisitions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seeds the recruitment of a demo tenant through the recruitment module's API: a competency model per opening,
 * a requisition filled and closed during the past year with its applicants' whole history, and an open
 * requisition whose applicants stand at every stage. Headcount plans get the room the requisitions need.
 * Each call is its own transaction.
 */
@Component
class DemoRecruitment {

	/** The past requisition's applications arrive spread over these days before today. */
	private static final int PAST_WINDOW_DAYS = 330;

	/** The open requisition's oldest application arrived this many days ago. */
	private static final int CURRENT_WINDOW_DAYS = 42;

	private final Organization organization;

	private final CompetencyModels models;

	private final Requisitions requisitions;

	private final Applications applications;

	private final HistoricApplications history;

	private final Clock clock;

	DemoRecruitment(Organization organization, CompetencyModels models, Requisitions requisitions,
			Applications applications, HistoricApplications history, Clock clock) {
		this.organization = organization;
		this.models = models;
		this.requisitions = requisitions;
		this.applications = applications;
		this.history = history;
		this.clock = clock;
	}

	/** Seeds the openings into the current tenant; returns how many applications were recorded. */
	int seed(List<DemoOpening> openings, DemoPeople people, String phonePrefix) {
		DemoResumes resumes = new DemoResumes(people, LocalDate.now(clock), phonePrefix);
		int recorded = 0;
		for (DemoOpening opening : openings) {
			UUID position = organization.positionByCode(opening.positionCode()).orElseThrow().id();
			UUID department = organization.departmentByCode(opening.departmentCode()).orElseThrow().id();
			models.save(position, opening.model());
			ensureRoom(department, position, Math.max(opening.pastHires(), opening.headcount()));
			if (!opening.past().isEmpty()) {
				UUID past = open(position, department, opening.pastHires(), opening.title());
				recorded += record(past, opening, opening.past(), PAST_WINDOW_DAYS, people, resumes);
				requisitions.close(past);
			}
			UUID current = open(position, department, opening.headcount(), opening.title());
			recorded += record(current, opening, opening.current(), CURRENT_WINDOW_DAYS, people, resumes);
		}
		return recorded;
	}

	/** Raises the plan of the unit and position so that {@code room} more people fit, when it is too small. */
	private void ensureRoom(UUID department, UUID position, int room) {
		HeadcountLine line = organization.headcountPlan()
			.stream()
			.filter(l -> l.departmentId().equals(department) && l.positionId().equals(position))
			.findFirst()
			.orElse(null);
		long filled = line == null ? 0 : line.filled();
		if (line == null || line.open() < room) {
			organization.setHeadcount(new SetHeadcount(department, position, (int) filled + room));
		}
	}

	private UUID open(UUID position, UUID department, int headcount, String title) {
		UUID id = requisitions.create(new CreateRequisition(position, department, headcount, title)).id();
		requisitions.open(id, OpenRequisition.withinPlan());
		return id;
	}

	private int record(UUID requisition, DemoOpening opening, List<Applicant> applicants, int windowDays,
			DemoPeople people, DemoResumes resumes) {
		Instant now = clock.instant();
		for (int i = 0; i < applicants.size(); i++) {
			Applicant applicant = applicants.get(i);
			DemoResume resume = resumes.next(applicant.background());
			Apply apply = new Apply(resume.name(), resume.phone(), resume.email(), resume.text(), applicant.channel(),
					DemoOpenings.COST_PER_APPLICATION.get(applicant.channel()), true);
			if (applicant.outcome() == DemoOutcome.NEW) {
				applications.apply(requisition, apply);
				continue;
			}
			int daysAgo = windowDays - i * windowDays / applicants.size() - people.nextInt(5);
			Instant appliedAt = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(people.nextInt(600)));
			history.importHistoric(requisition,
					new HistoricApplication(apply, appliedAt, changes(applicant.outcome(), opening, appliedAt, people)));
		}
		return applicants.size();
	}

	/** The outcome's stages a few days apart; an offer takes one to two weeks to become a hire. */
	private static List<PastStageChange> changes(DemoOutcome outcome, DemoOpening opening, Instant appliedAt,
			DemoPeople people) {
		List<PastStageChange> changes = new ArrayList<>();
		Instant at = appliedAt;
		for (ApplicationStage stage : outcome.path()) {
			int days = stage == ApplicationStage.HIRED ? 7 + people.nextInt(8) : 1 + people.nextInt(5);
			at = at.plus(Duration.ofDays(days)).plus(Duration.ofHours(people.nextInt(8)));
			boolean closing = stage == ApplicationStage.REJECTED || stage == ApplicationStage.POOL;
			changes.add(new PastStageChange(stage, closing ? opening.reasons().get(outcome.reason()) : null, at));
		}
		return changes;
	}
}
