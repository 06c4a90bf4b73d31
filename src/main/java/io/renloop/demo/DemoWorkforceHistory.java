package io.renloop.demo;

import io.renloop.analytics.AttritionRisks;
import io.renloop.analytics.HiringOutcomes;
import io.renloop.analytics.OutsideHistory;
import io.renloop.analytics.OutsideHistory.PastAttendance;
import io.renloop.analytics.OutsideHistory.PastCompletion;
import io.renloop.analytics.OutsideHistory.PastEmployee;
import io.renloop.analytics.OutsideHistory.PastPayrollCost;
import io.renloop.analytics.OutsideHistory.PastStep;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two years of workforce history for the demo tenant's dashboards and attrition model, recorded as outside history
 * (as a customer's previous HR system would be): about 110 people who left over the last 24 months (numbers HX…,
 * with exit kinds, reasons and whether HR regretted it) and, for them and everyone employed today, monthly overtime,
 * absence and lateness, pay raises and promotions, pay against the position's band, half-year performance results,
 * completed courses, and each department's monthly pay cost. Then the tenant's own attrition model is trained on it, unless one exists.
 *
 * <p>Each person carries a hidden strain (long overtime, no raise for long, falling results, little training) that
 * makes leaving likelier, as HR attrition data typically shows; protected attributes play no part. A fixed seed and
 * ids derived from it would write the same rows again; a restart skips it once the model it trains exists.
 */
@Component
@Order(8)
class DemoWorkforceHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkforceHistory.class);

	private static final String TENANT = "demo";

	private static final int MONTHS = 24;

	private static final int LEAVERS = 110;

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final EmployeeDirectory directory;

	private final OutsideHistory history;

	private final HiringOutcomes outcomes;

	private final AttritionRisks risks;

	private final TenantTime time;

	DemoWorkforceHistory(RenloopProperties properties, TenantAdministration administration,
			Organization organization, EmployeeDirectory directory, OutsideHistory history, HiringOutcomes outcomes,
			AttritionRisks risks, TenantTime time) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.directory = directory;
		this.history = history;
		this.outcomes = outcomes;
		this.risks = risks;
		this.time = time;
	}

	/** A person of the history: where they work, since when, until when, and their hidden strain. */
	record Person(UUID id, String number, String name, UUID departmentId, UUID positionId, String positionCode,
			LocalDate hired, LocalDate left, double strain) {

		boolean employedIn(YearMonth month) {
			return !hired.isAfter(month.atEndOfMonth()) && (left == null || !left.isBefore(month.atDay(1)));
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(TENANT).isEmpty()
				|| SystemActor.callAs(TENANT, () -> risks.currentModel().isPresent())) {
			return; // a restart: the history and the model it trained are there already
		}
		long started = System.nanoTime();
		int people = SystemActor.callAs(TENANT, this::record);
		log.info("Demo workforce history: {} people over {} months in {} ms", people, MONTHS,
				(System.nanoTime() - started) / 1_000_000);
	}

	private int record() {
		LocalDate today = time.today();
		YearMonth last = YearMonth.from(today).minusMonths(1);
		YearMonth first = last.minusMonths(MONTHS - 1);
		Random random = new Random(20241201L);
		Map<UUID, PositionView> positions = organization.positions()
			.stream()
			.collect(Collectors.toMap(PositionView::id, Function.identity()));
		List<Person> staff = new ArrayList<>();
		for (EmployeeDirectory.Entry e : directory.employedBetween(today, today)) {
			PositionView position = e.positionId() == null ? null : positions.get(e.positionId());
			staff.add(new Person(e.id(), e.employeeNo(), e.name(), e.departmentId(), e.positionId(),
					position == null ? "" : position.code(), e.hireDate(), null, random.nextGaussian() - 0.25));
		}
		if (staff.isEmpty()) {
			return 0;
		}
		List<Person> everyone = new ArrayList<>(staff);
		everyone.addAll(leavers(random, staff, first, last));
		history.people(everyone.stream().map(DemoWorkforceHistory::past).toList());
		history.steps(steps(random, everyone, first, today));
		attendance(random, everyone, first, last);
		payroll(everyone, first, last);
		history.training(training(random, everyone, first, last));
		performance(random, everyone, first, last);
		if (risks.currentModel().isEmpty()) {
			try {
				log.info("Demo attrition model: cross-validated AUC {}", risks.retrain(null).auc());
			}
			catch (BusinessRuleException tooLittle) {
				log.warn("No demo attrition model: {}", tooLittle.getMessage());
			}
		}
		return everyone.size();
	}

	/** People who left, shaped like the staff (same units and positions), with a higher strain. */
	private List<Person> leavers(Random random, List<Person> staff, YearMonth first, YearMonth last) {
		DemoPeople names = new DemoPeople(20241202L);
		List<Person> leavers = new ArrayList<>();
		for (int i = 1; i <= LEAVERS; i++) {
			Person like = staff.get(random.nextInt(staff.size()));
			YearMonth month = first.plusMonths(random.nextInt(MONTHS));
			LocalDate left = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
			LocalDate hired = left.minusMonths(8 + random.nextInt(70)).minusDays(random.nextInt(28));
			String number = String.format("HX%04d", i);
			leavers.add(new Person(UUID.nameUUIDFromBytes(("demo-history:" + number).getBytes(StandardCharsets.UTF_8)),
					number, names.chineseName(), like.departmentId(), like.positionId(), like.positionCode(), hired, left,
					0.9 + 0.9 * random.nextGaussian()));
		}
		return leavers;
	}

	private static PastEmployee past(Person p) {
		if (p.left() == null) {
			return new PastEmployee(p.id(), p.number(), p.name(), p.departmentId(), p.positionId(), p.hired(), null,
					null, null, null, List.of(), payVsBand(p));
		}
		int kind = Math.floorMod(p.number().hashCode(), 20);
		String cause = kind == 0 ? "RETIREMENT" : kind <= 3 ? "TERMINATION" : "RESIGNATION";
		List<String> reasons = cause.equals("RESIGNATION") ? reasons(p) : List.of();
		return new PastEmployee(p.id(), p.number(), p.name(), p.departmentId(), p.positionId(), p.hired(), p.left(),
				cause.equals("RESIGNATION") ? "VOLUNTARY" : "INVOLUNTARY", cause,
				cause.equals("RESIGNATION") ? p.strain() < 0.8 : null, reasons, payVsBand(p));
	}

	/**
	 * Base against the position's band midpoint as the previous system knew it: the strained are paid further below
	 * it. Drawn from the person's own seed, so that it leaves every other figure of the history as it was.
	 */
	private static BigDecimal payVsBand(Person p) {
		double ratio = -0.04 - 0.07 * p.strain() + 0.07 * new Random(p.number().hashCode()).nextGaussian();
		return BigDecimal.valueOf(Math.max(-0.35, Math.min(0.25, ratio))).setScale(4, RoundingMode.HALF_UP);
	}

	/** What a leaver would say: the strain shows as workload and pay, otherwise career, family or commute. */
	private static List<String> reasons(Person p) {
		List<String> reasons = new ArrayList<>();
		if (p.strain() > 1.2) {
			reasons.add("WORKLOAD");
		}
		if (p.strain() > 0.6) {
			reasons.add("PAY");
		}
		reasons.add(List.of("CAREER", "FAMILY", "LOCATION", "MANAGER").get(Math.floorMod(p.name().hashCode(), 4)));
		return reasons;
	}

	/** Raises (the strained wait longer), a promotion for some of the unstrained. */
	private static List<PastStep> steps(Random random, List<Person> everyone, YearMonth first, LocalDate today) {
		List<PastStep> steps = new ArrayList<>();
		for (Person p : everyone) {
			LocalDate end = p.left() == null ? today : p.left();
			int wait = (int) Math.round(9 + 9 * sigmoid(1.6 * p.strain()) + random.nextInt(5));
			LocalDate raise = end.minusMonths(wait);
			while (!raise.isBefore(first.atDay(1)) && raise.isAfter(p.hired())) {
				steps.add(new PastStep(p.id(), "PAY_CHANGE", raise, p.departmentId(), p.positionId()));
				raise = raise.minusMonths(12);
			}
			if (p.strain() < -0.6 && random.nextInt(3) == 0) {
				LocalDate promoted = end.minusMonths(3 + random.nextInt(18));
				if (promoted.isAfter(p.hired()) && !promoted.isBefore(first.atDay(1))) {
					steps.add(new PastStep(p.id(), "PROMOTION", promoted, p.departmentId(), p.positionId()));
				}
			}
		}
		return steps;
	}

	/** Overtime rises with the strain (and in the last months before leaving), absence and lateness with it. */
	private void attendance(Random random, List<Person> everyone, YearMonth first, YearMonth last) {
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			List<PastAttendance> rows = new ArrayList<>();
			for (Person p : everyone) {
				if (!p.employedIn(month)) {
					continue;
				}
				double base = underground(p.positionCode()) ? 26 : 10;
				double rising = p.left() == null ? 0 : Math.max(0, 6 - monthsBetween(month, p.left())) * 2.5;
				double overtime = Math.max(0, base + 7 * p.strain() + rising + 5 * random.nextGaussian());
				rows.add(new PastAttendance(p.id(), BigDecimal.valueOf(overtime).setScale(2, RoundingMode.HALF_UP),
						poisson(random, 0.5 + 0.6 * Math.max(0, p.strain())), poisson(random, 0.2),
						poisson(random, 0.15 + 0.35 * Math.max(0, p.strain()))));
			}
			history.attendance(month, rows);
		}
	}

	/** Each department's monthly gross and employer cost from the people employed in it that month. */
	private void payroll(List<Person> everyone, YearMonth first, YearMonth last) {
		Map<UUID, String> names = organization.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			Map<UUID, int[]> heads = new HashMap<>();
			Map<UUID, BigDecimal> gross = new HashMap<>();
			for (Person p : everyone) {
				if (p.employedIn(month) && p.departmentId() != null) {
					heads.computeIfAbsent(p.departmentId(), d -> new int[1])[0]++;
					gross.merge(p.departmentId(), monthlyPay(p.positionCode()), BigDecimal::add);
				}
			}
			List<PastPayrollCost> costs = gross.entrySet()
				.stream()
				.map(e -> new PastPayrollCost(e.getKey(), names.getOrDefault(e.getKey(), ""), heads.get(e.getKey())[0],
						e.getValue().setScale(2, RoundingMode.HALF_UP),
						e.getValue().multiply(new BigDecimal("1.32")).setScale(2, RoundingMode.HALF_UP)))
				.toList();
			history.payrollCost(month, costs);
		}
	}

	/** Courses: the strained learn less. */
	private static List<PastCompletion> training(Random random, List<Person> everyone, YearMonth first,
			YearMonth last) {
		List<PastCompletion> completions = new ArrayList<>();
		for (Person p : everyone) {
			int courses = poisson(random, Math.max(0.4, 4.5 - 1.5 * p.strain()));
			for (int i = 0; i < courses; i++) {
				YearMonth month = first.plusMonths(random.nextInt(MONTHS));
				if (!p.employedIn(month) || month.isAfter(last)) {
					continue;
				}
				completions.add(new PastCompletion(p.id(), UUID.nameUUIDFromBytes(("demo-history-course:" + (i % 8))
					.getBytes(StandardCharsets.UTF_8)), month.atDay(10), BigDecimal.valueOf(4 + 2L * (i % 3))));
			}
		}
		return completions;
	}

	/** Half-year results: the strained score lower, and lower again before they leave. */
	private void performance(Random random, List<Person> everyone, YearMonth first, YearMonth last) {
		for (YearMonth end = YearMonth.of(first.getYear(), first.getMonthValue() <= 6 ? 6 : 12); !end.isAfter(last);
				end = end.plusMonths(6)) {
			LocalDate periodEnd = end.atEndOfMonth();
			LocalDate periodStart = end.minusMonths(5).atDay(1);
			List<PerformanceResultsPublished.Result> results = new ArrayList<>();
			for (Person p : everyone) {
				if (p.hired().isAfter(periodStart) || p.left() != null && p.left().isBefore(periodEnd)) {
					continue;
				}
				double falling = p.left() == null ? 0 : Math.max(0, 12 - monthsBetween(end, p.left())) * 0.6;
				double score = Math.max(35, Math.min(99, 80 - 6 * p.strain() - falling + 6 * random.nextGaussian()));
				results.add(new PerformanceResultsPublished.Result(p.id(), grade(score),
						BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP), List.of()));
			}
			String name = end.getYear() + (end.getMonthValue() == 6 ? " 上半年" : " 下半年") + "（历史）";
			outcomes.resultsPublished(new PerformanceResultsPublished(TENANT, UUID.nameUUIDFromBytes(
					("demo-history-cycle:" + end).getBytes(StandardCharsets.UTF_8)), name, periodStart, periodEnd,
					end.plusMonths(1).atDay(15).atStartOfDay().toInstant(ZoneOffset.ofHours(8)), results));
		}
	}

	private static String grade(double score) {
		return score >= 92 ? "S" : score >= 85 ? "A" : score >= 70 ? "B" : score >= 60 ? "C" : "D";
	}

	private static boolean underground(String position) {
		return List.of("SHEARER", "SUPPORT", "FITTER", "ROADHEADER", "VENT", "GAS", "SAFETY-INSP").contains(position);
	}

	private static BigDecimal monthlyPay(String position) {
		return switch (position) {
			case "GM" -> new BigDecimal("45000");
			case "DEPT-HEAD", "FIN-MGR" -> new BigDecimal("26000");
			case "TEAM-LEAD", "SALES-MGR" -> new BigDecimal("16000");
			case "MINING-ENG", "ME-ENG", "SAFETY-ENG", "JAVA-DEV" -> new BigDecimal("15000");
			case "SHEARER", "ROADHEADER", "GAS", "VENT" -> new BigDecimal("11000");
			case "SUPPORT", "FITTER", "SAFETY-INSP" -> new BigDecimal("9500");
			default -> new BigDecimal("8500");
		};
	}

	private static long monthsBetween(YearMonth month, LocalDate until) {
		return java.time.temporal.ChronoUnit.MONTHS.between(month, YearMonth.from(until));
	}

	private static double sigmoid(double x) {
		return 1 / (1 + Math.exp(-x));
	}

	private static int poisson(Random random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}
}
