package io.renloop.demo;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.performance.CalibrationMove;
import io.renloop.performance.CreateCycle;
import io.renloop.performance.CycleKind;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.CycleView;
import io.renloop.performance.KeyResult;
import io.renloop.performance.KpiItem;
import io.renloop.performance.ObjectiveView;
import io.renloop.performance.PerformanceFeedback;
import io.renloop.performance.PerformanceObjectives;
import io.renloop.performance.Rater;
import io.renloop.performance.SaveObjective;
import io.renloop.performance.SaveObjective.ObjectiveOwner;
import io.renloop.performance.MetricBatch;
import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.PerformanceMetrics;
import io.renloop.performance.PerformanceReviews;
import io.renloop.performance.PerformanceTemplates;
import io.renloop.performance.ReviewSummary;
import io.renloop.performance.SaveTemplate;
import io.renloop.performance.TemplateKind;
import io.renloop.performance.WriteReview;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Performance for tenant demo: the mines' KPI template (coal output and attendance, a safety veto), last quarter's
 * cycle of 综采事业部 with metric data from the MES and the safety system, scored, rated for potential, calibrated
 * with reasons, approved by HR and published (so payroll sees the grades this month); this quarter's cycle open for
 * self reviews, so employee@demo.example writes one on the phone, with 360 raters asked for every team lead; and
 * 工程技术部's OKR this quarter, cascading from the company's objective to each engineer's.
 */
@Component
@Order(7)
class DemoPerformance implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPerformance.class);

	private static final String TENANT = "demo";

	private static final String TEMPLATE = "MINE_KPI";

	private static final Set<String> PRODUCING = Set.of("COAL-1", "COAL-2", "TUNNEL");

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final EmployeeDirectory directory;

	private final PerformanceTemplates templates;

	private final PerformanceCycles cycles;

	private final PerformanceMetrics metrics;

	private final PerformanceReviews reviews;

	private final DemoLeaveDecisions decisions;

	private final PerformanceObjectives objectives;

	private final PerformanceFeedback feedback;

	private final TenantTime time;

	DemoPerformance(RenloopProperties properties, TenantAdministration administration, Organization organization,
			EmployeeDirectory directory, PerformanceTemplates templates, PerformanceCycles cycles,
			PerformanceMetrics metrics, PerformanceReviews reviews, DemoLeaveDecisions decisions,
			PerformanceObjectives objectives, PerformanceFeedback feedback, TenantTime time) {
		this.objectives = objectives;
		this.feedback = feedback;
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.directory = directory;
		this.templates = templates;
		this.cycles = cycles;
		this.metrics = metrics;
		this.reviews = reviews;
		this.decisions = decisions;
		this.time = time;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(TENANT).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		boolean seeded = SystemActor.callAs(TENANT, this::seed);
		if (seeded) {
			log.info("Demo performance: two cycles in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
	}

	private boolean seed() {
		if (!cycles.list().isEmpty()) {
			return false;
		}
		templates.save(TEMPLATE, new SaveTemplate("矿井 KPI（产量 · 出勤 · 安全一票否决）", TemplateKind.KPI, 0, List.of(
				new KpiItem("OUTPUT", "原煤产量（吨）", new BigDecimal("60"), "COAL_OUTPUT", new BigDecimal("2400"),
						new BigDecimal("3000"), null, null, false),
				new KpiItem("ATTENDANCE", "出勤率（%）", new BigDecimal("40"), "ATTENDANCE_RATE", new BigDecimal("90"),
						new BigDecimal("100"), null, null, false),
				new KpiItem("SAFETY", "安全事故（起）", BigDecimal.ZERO, "SAFETY_INCIDENTS", null, BigDecimal.ZERO, null,
						null, true))));
		UUID mining = organization.departmentByCode("MINING").map(DepartmentView::id).orElse(null);
		if (mining == null) {
			return false;
		}
		LocalDate today = time.today();
		int quarter = (today.getMonthValue() - 1) / 3;
		LocalDate thisQuarter = LocalDate.of(today.getYear(), quarter * 3 + 1, 1);
		LocalDate lastQuarter = thisQuarter.minusMonths(3);
		CycleView last = open(mining, lastQuarter);
		publish(last, lastQuarter, mining);
		CycleView current = open(mining, thisQuarter);
		metrics(current.period(), mining, new Random(thisQuarter.toEpochDay()), false);
		cycles.advance(current.id(), CyclePhase.SELF_REVIEW);
		askForFeedback(current);
		engineeringOkr(thisQuarter);
		return true;
	}

	/** 360 feedback for the team leads of this quarter's cycle: three peers (the other leads) and three reports. */
	private void askForFeedback(CycleView cycle) {
		UUID lead = organization.positionByCode("TEAM-LEAD").map(PositionView::id).orElse(null);
		List<EmployeeDirectory.Entry> people = directory.employedBetween(time.today(), time.today());
		Set<UUID> leads = people.stream().filter(p -> lead != null && lead.equals(p.positionId()))
			.map(EmployeeDirectory.Entry::id).collect(Collectors.toSet());
		for (ReviewSummary review : cycles.reviews(cycle.id())) {
			if (!leads.contains(review.employeeId())) {
				continue;
			}
			List<Rater> raters = new ArrayList<>();
			leads.stream().filter(id -> !id.equals(review.employeeId())).limit(3)
				.forEach(id -> raters.add(new Rater(id, "PEER")));
			people.stream().filter(p -> java.util.Objects.equals(review.departmentId(), p.departmentId()) && !leads.contains(p.id()))
				.map(EmployeeDirectory.Entry::id)
				.sorted()
				.limit(3)
				.forEach(id -> raters.add(new Rater(id, "REPORT")));
			feedback.raters(review.id(), raters);
		}
	}

	/** 工程技术部 runs on OKR: the company's objective, the department's aligned to it, each engineer's below. */
	private void engineeringOkr(LocalDate quarterStart) {
		UUID engineering = organization.departmentByCode("ENG").map(DepartmentView::id).orElse(null);
		if (engineering == null) {
			return;
		}
		templates.save("ENG_OKR", new SaveTemplate("工程技术 OKR", TemplateKind.OKR, 0, List.of()));
		int quarter = (quarterStart.getMonthValue() - 1) / 3 + 1;
		CycleView cycle = cycles.create(new CreateCycle(quarterStart.getYear() + " 年第" + "一二三四".charAt(quarter - 1)
				+ "季度 · 工程技术部 OKR", CycleKind.QUARTERLY, quarterStart.getYear() + "-Q" + quarter, quarterStart,
				quarterStart.plusMonths(3).minusDays(1), "ENG_OKR", engineering, false));
		cycles.advance(cycle.id(), CyclePhase.CHECK_IN);
		ObjectiveView company = objectives.create(cycle.id(), new SaveObjective("建设安全高效的智慧矿井",
				ObjectiveOwner.COMPANY, null, null, List.of(keyResult("综采工作面自动化率（%）", 80, 62, 6),
						keyResult("百万吨死亡率降为 0", 1, 1, 8))));
		ObjectiveView department = objectives.create(cycle.id(), new SaveObjective("完成 3 号采区智能化设计",
				ObjectiveOwner.DEPARTMENT, engineering, company.id(), List.of(keyResult("采区设计评审通过（个）", 3, 2, 7),
						keyResult("液压支架电液控改造方案（套）", 2, 1, 5))));
		Random random = new Random(11);
		Set<UUID> teams = organization.subtreeIds(engineering);
		for (EmployeeDirectory.Entry engineer : directory.employedBetween(quarterStart, time.today())) {
			if (!teams.contains(engineer.departmentId())) {
				continue;
			}
			int done = random.nextInt(5);
			objectives.create(cycle.id(), new SaveObjective("交付本人负责的设计任务", ObjectiveOwner.EMPLOYEE, engineer.id(),
					department.id(), List.of(keyResult("图纸交付（张）", 4, done, 3 + random.nextInt(7)),
							keyResult("现场问题闭环（项）", 6, random.nextInt(7), 5))));
		}
	}

	private static KeyResult keyResult(String title, int target, int current, int confidence) {
		return new KeyResult(title, BigDecimal.valueOf(target), BigDecimal.valueOf(current), confidence);
	}

	private CycleView open(UUID mining, LocalDate start) {
		int quarter = (start.getMonthValue() - 1) / 3 + 1;
		String period = start.getYear() + "-Q" + quarter;
		return cycles.create(new CreateCycle(start.getYear() + " 年第" + "一二三四".charAt(quarter - 1) + "季度 · 综采事业部",
				CycleKind.QUARTERLY, period, start, start.plusMonths(3).minusDays(1), TEMPLATE, mining, false));
	}

	private void publish(CycleView cycle, LocalDate start, UUID mining) {
		metrics(cycle.period(), mining, new Random(start.toEpochDay()), true);
		cycles.advance(cycle.id(), CyclePhase.MANAGER_REVIEW);
		Random random = new Random(7);
		List<ReviewSummary> people = cycles.reviews(cycle.id());
		for (ReviewSummary person : people) {
			// managers rate potential (1 low to 3 high) with their scores; the metric items score themselves
			try {
				reviews.writeManager(person.id(), new WriteReview(Map.of(), comment(random), 1 + random.nextInt(3), true));
			}
			catch (BusinessRuleException incomplete) {
				log.debug("Demo review of {} left to the managers: {}", person.employeeName(), incomplete.messageKey());
			}
		}
		cycles.advance(cycle.id(), CyclePhase.CALIBRATION);
		cycles.score(cycle.id());
		List<ReviewSummary> scored = cycles.reviews(cycle.id());
		List<CalibrationMove> moves = new ArrayList<>();
		scored.stream().filter(r -> "B".equals(r.grade())).limit(2).forEach(r -> moves.add(new CalibrationMove(r.id(),
				"A", "顶班三周，带教两名新工，产量数据未计入跨班贡献")));
		scored.stream().filter(r -> "A".equals(r.grade())).limit(1).forEach(r -> moves.add(new CalibrationMove(r.id(),
				"B", "产量高但两次违章作业被安监记录，按校准会意见下调")));
		cycles.calibrate(cycle.id(), moves);
		cycles.submit(cycle.id());
		decisions.approveAs(List.of("hr@demo.example"), List.of(cycle.id()), "校准结果已复核，同意发布");
		for (int i = 0; i < 600 && cycles.get(cycle.id()).phase() != CyclePhase.APPROVED; i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		if (cycles.get(cycle.id()).phase() == CyclePhase.APPROVED) {
			cycles.publish(cycle.id());
		}
		else {
			log.warn("Demo performance cycle {} was not approved in time", cycle.name());
		}
	}

	/** Output per person where the team produces, attendance for everyone, one incident in 井下采煤二队. */
	private void metrics(String period, UUID mining, Random random, boolean complete) {
		Map<UUID, String> units = organization.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::code));
		Set<UUID> subtree = organization.subtreeIds(mining);
		LocalDate today = time.today();
		List<MetricBatch.Value> values = new ArrayList<>();
		boolean incident = false;
		for (EmployeeDirectory.Entry person : directory.employedBetween(today.minusMonths(6), today)) {
			if (!subtree.contains(person.departmentId())) {
				continue;
			}
			String unit = units.getOrDefault(person.departmentId(), "");
			double scale = complete ? 1.0 : 0.6;
			BigDecimal output = PRODUCING.contains(unit)
					? BigDecimal.valueOf(Math.round((2300 + random.nextGaussian() * 300 + 400) * scale)) : null;
			values.add(new MetricBatch.Value(person.employeeNo(), null, "COAL_OUTPUT",
					output != null ? output : BigDecimal.valueOf(2500 + random.nextInt(600)), "MES 产量系统 " + period));
			values.add(new MetricBatch.Value(person.employeeNo(), null, "ATTENDANCE_RATE",
					BigDecimal.valueOf(9000 + random.nextInt(1001), 2), "考勤月结 " + period));
			boolean hurt = complete && !incident && unit.equals("COAL-2");
			incident |= hurt;
			values.add(new MetricBatch.Value(person.employeeNo(), null, "SAFETY_INCIDENTS",
					hurt ? BigDecimal.ONE : BigDecimal.ZERO, "安监系统 " + period));
		}
		metrics.add(new MetricBatch(period, values), false);
	}

	private static String comment(Random random) {
		List<String> comments = List.of("产量稳定，安全意识强", "出勤好，需加强设备点检", "带班认真，新工带教有成效",
				"能完成任务，主动性有待提高");
		return comments.get(random.nextInt(comments.size()));
	}
}
