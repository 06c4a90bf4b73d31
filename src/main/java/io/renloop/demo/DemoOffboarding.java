package io.renloop.demo;

import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.Employees;
import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.ExitInterviews;
import io.renloop.offboarding.LeavingKind;
import io.renloop.offboarding.LegalGround;
import io.renloop.offboarding.OffboardingCases;
import io.renloop.offboarding.OffboardingCommands.ExitInterviewAnswers;
import io.renloop.offboarding.OffboardingCommands.OpenCase;
import io.renloop.offboarding.OffboardingCommands.RehireDecision;
import io.renloop.offboarding.OffboardingCommands.Settle;
import io.renloop.offboarding.OffboardingViews.CaseSummary;
import io.renloop.offboarding.OffboardingViews.ChecklistItemView;
import io.renloop.organization.Organization;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Leavers of the demo tenant, each a person of their own (numbers LV…, hired years ago) so that no demo login or
 * colleague of theirs leaves: a resignation waiting for approval, a case halfway through its checklist, and a year
 * of exits (one about every month) with exit interviews and reasons for analytics — the latest two with their
 * approved settlement, rehire decision and leaving documents (each signed on its first download, which keeps the
 * start-up fast). Approvals go through the approvers' inboxes as in real use. Runs once: a tenant with any leaving
 * case is left alone.
 */
@Component
@Order(7)
class DemoOffboarding implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOffboarding.class);

	private static final String TENANT = "demo";

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final Employees employees;

	private final OffboardingCases cases;

	private final ExitInterviews interviews;

	private final DemoLeaveDecisions decisions;

	private final TenantTime time;

	DemoOffboarding(RenloopProperties properties, TenantAdministration administration, Organization organization,
			Employees employees, OffboardingCases cases, ExitInterviews interviews, DemoLeaveDecisions decisions,
			TenantTime time) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.employees = employees;
		this.cases = cases;
		this.interviews = interviews;
		this.decisions = decisions;
		this.time = time;
	}

	/** One demo leaver: where they work, when they came and left, why. */
	record Exit(String no, String name, String unit, int yearsOfService, int daysAgo, LeavingKind kind,
			LegalGround ground, List<String> reasons, Boolean wouldReturn, String comments) {
	}

	static List<Exit> exits() {
		LeavingKind resign = LeavingKind.RESIGNATION;
		LeavingKind terminate = LeavingKind.TERMINATION;
		return List.of(new Exit("LV001", "周文博", "FIN", 3, 20, resign, null, List.of("CAREER", "PAY"), true,
				"在这里学到很多，希望以后有机会再合作。"),
				new Exit("LV002", "孙雅琴", "HR", 6, 48, terminate, LegalGround.MUTUAL_AGREEMENT, List.of("LOCATION"), true,
						"家搬到了太原，通勤太远。"),
				new Exit("LV003", "马国强", "COAL-2", 2, 75, resign, null, List.of("SAFETY", "WORKLOAD"), false,
						"井下夜班太多。"),
				new Exit("LV004", "郭晓燕", "FIN", 1, 105, resign, null, List.of("PAY"), null, null),
				new Exit("LV005", "何建军", "ELEC", 8, 135, terminate, LegalGround.CONTRACT_EXPIRY, List.of("OTHER"), true,
						null),
				new Exit("LV006", "罗婷婷", "HR", 2, 160, resign, null, List.of("STUDY"), true, "去读研究生。"),
				new Exit("LV007", "高志勇", "COAL-2", 4, 190, resign, null, List.of("MANAGER", "WORKLOAD"), false, null),
				new Exit("LV008", "林海燕", "SAFETY", 5, 220, resign, null, List.of("FAMILY"), true, "照顾老人。"),
				new Exit("LV009", "梁志刚", "COAL-2", 30, 250, LeavingKind.RETIREMENT, null, List.of("OTHER"), null, null),
				new Exit("LV010", "宋丽华", "FIN", 2, 280, resign, null, List.of("CAREER"), false, null),
				new Exit("LV011", "谢宏伟", "ELEC", 3, 310, terminate, LegalGround.MISCONDUCT, List.of("OTHER"), false, null),
				new Exit("LV012", "韩冬梅", "SAFETY", 1, 340, resign, null, List.of("HEALTH"), true, null));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(TENANT).isEmpty()) {
			return;
		}
		try {
			List<UUID> toApprove = SystemActor.callAs(TENANT, this::open);
			if (toApprove.isEmpty()) {
				return;
			}
			decisions.approveAs(DemoLeaveDecisions.APPROVERS, toApprove.subList(1, toApprove.size()), "同意，做好交接");
			SystemActor.runAs(TENANT, () -> finish(toApprove));
			log.info("Seeded demo offboarding: {} cases", toApprove.size());
		}
		catch (RuntimeException ex) {
			// the demo of one module must never keep the application from starting
			log.warn("Demo offboarding left incomplete", ex);
		}
	}

	/** Opens every case; the first id is the resignation left waiting, the second the case mid-checklist. */
	private List<UUID> open() {
		if (!cases.list(null).isEmpty()) {
			log.info("Demo offboarding exists already");
			return List.of();
		}
		LocalDate today = time.today();
		List<UUID> ids = new ArrayList<>();
		ids.add(openFor("LV101", "陈思远", "FIN", today.minusYears(2), LeavingKind.RESIGNATION, null,
				today.plusDays(30), "想换个城市发展"));
		ids.add(openFor("LV102", "王丽娜", "HR", today.minusYears(4), LeavingKind.RESIGNATION, null,
				today.plusDays(12), "家庭原因"));
		for (Exit exit : exits()) {
			LocalDate lastDay = today.minusDays(exit.daysAgo());
			ids.add(openFor(exit.no(), exit.name(), exit.unit(), lastDay.minusYears(exit.yearsOfService()).minusMonths(3),
					exit.kind(), exit.ground(), lastDay, exit.comments()));
		}
		return ids;
	}

	private UUID openFor(String no, String name, String unit, LocalDate hired, LeavingKind kind, LegalGround ground,
			LocalDate lastDay, String reason) {
		UUID department = organization.departmentByCode(unit).orElseThrow().id();
		UUID employee = employees.hire(new SaveEmployee(no, name, null, null, department, null, null, hired,
				EmployeeStatus.ACTIVE, null, null, null, null, null, null, null, null)).id();
		return cases.open(new OpenCase(employee, kind, ground, lastDay, reason, null)).id();
	}

	private void finish(List<UUID> ids) {
		Set<UUID> approved = awaitApproval(ids.subList(1, ids.size()));
		UUID midway = ids.get(1);
		if (approved.contains(midway)) {
			cases.get(midway).checklist().stream().limit(4).map(ChecklistItemView::id)
				.forEach(item -> cases.markDone(midway, item));
		}
		List<Exit> exits = exits();
		for (int i = 0; i < exits.size(); i++) {
			UUID id = ids.get(i + 2);
			Exit exit = exits.get(i);
			if (!approved.contains(id)) {
				continue;
			}
			interviews.submit(id, new ExitInterviewAnswers(exit.reasons(), exit.comments(), exit.wouldReturn(), null));
			if (i < 2) {
				cases.get(id).checklist().forEach(item -> cases.markDone(id, item.id()));
				cases.settle(id, new Settle(new BigDecimal(i == 0 ? "9800" : "12500"), new BigDecimal("8200"), false, 5,
						BigDecimal.ONE));
				cases.decideRehire(id, new RehireDecision(true, "表现良好", i == 0));
				cases.approveSettlement(id);
			}
			cases.depart(id);
		}
	}

	/** The decisions travel as events; waits a little for the cases to be approved and returns those that are. */
	private Set<UUID> awaitApproval(List<UUID> ids) {
		Set<UUID> approved = Set.of();
		for (int attempt = 0; attempt < 200 && approved.size() < ids.size(); attempt++) {
			approved = cases.list(CaseStatus.APPROVED).stream().map(CaseSummary::id).filter(ids::contains)
				.collect(Collectors.toSet());
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (approved.size() < ids.size()) {
			log.warn("Demo offboarding: {} of {} cases approved in time", approved.size(), ids.size());
		}
		return approved;
	}
}
