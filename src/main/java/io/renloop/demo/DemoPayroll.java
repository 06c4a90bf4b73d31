package io.renloop.demo;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.payroll.AddPayInputs;
import io.renloop.payroll.BonusTaxMethod;
import io.renloop.payroll.ChangePayStructure;
import io.renloop.payroll.CreatePayrollRun;
import io.renloop.payroll.DeclareDeduction;
import io.renloop.payroll.DeductionKind;
import io.renloop.payroll.PayGroupView;
import io.renloop.payroll.PayGroups;
import io.renloop.payroll.PayInputs;
import io.renloop.payroll.PayBands;
import io.renloop.payroll.PayStructures;
import io.renloop.payroll.PayrollRunStatus;
import io.renloop.payroll.PayrollRunView;
import io.renloop.payroll.PayrollRuns;
import io.renloop.payroll.SavePayBand;
import io.renloop.payroll.SavePayGroup;
import io.renloop.payroll.TaxDeclarations;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Pay for tenant demo: the login {@code payroll@demo.example}, two pay groups (the mines in 太原, the head office
 * in 北京), a pay band for every position, a pay structure for every employee with a base by position grade and the allowances of their work
 * (underground, shifts, meals, transport), special additional deductions for some, commissions for sales, and the
 * three months before this one calculated, approved by HR and finance through the workflow, and published — the
 * month the attendance demo closed with its absences and sick days. This month is left for payroll to run.
 */
@Component
@Order(6)
class DemoPayroll implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPayroll.class);

	private static final String TENANT = "demo";

	static final String LOGIN = "payroll@demo.example";

	/** Monthly base by position grade; each person gets up to ±10 % around it. */
	private static final Map<String, Integer> BANDS = Map.ofEntries(Map.entry("M5", 45000), Map.entry("M3", 22000),
			Map.entry("M1", 12000), Map.entry("P3", 9500), Map.entry("P2", 8000), Map.entry("T3", 15000),
			Map.entry("T2", 10000), Map.entry("S3", 14000), Map.entry("S1", 8000), Map.entry("F4", 18000),
			Map.entry("F3", 13000), Map.entry("F2", 9000));

	private static final Set<String> MINE_UNITS = Set.of("MINING", "COAL-1", "COAL-2", "TUNNEL", "ELEC", "VENT",
			"SAFETY");

	private static final Set<String> UNDERGROUND = Set.of("COAL-1", "COAL-2", "TUNNEL", "ELEC", "VENT");

	private static final Set<String> THREE_SHIFTS = Set.of("COAL-1", "COAL-2", "TUNNEL");

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final Employees employees;

	private final EmployeeDirectory directory;

	private final PayGroups groups;

	private final PayStructures structures;

	private final PayBands bands;

	private final TaxDeclarations declarations;

	private final PayInputs inputs;

	private final PayrollRuns runs;

	private final DemoLeaveDecisions decisions;

	private final TenantTime time;

	DemoPayroll(RenloopProperties properties, TenantAdministration administration, Organization organization,
			Employees employees, EmployeeDirectory directory, PayGroups groups, PayStructures structures,
			PayBands bands, TaxDeclarations declarations, PayInputs inputs, PayrollRuns runs, DemoLeaveDecisions decisions,
			TenantTime time) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.employees = employees;
		this.directory = directory;
		this.groups = groups;
		this.structures = structures;
		this.bands = bands;
		this.declarations = declarations;
		this.inputs = inputs;
		this.runs = runs;
		this.decisions = decisions;
		this.time = time;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(TENANT).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int published = SystemActor.callAs(TENANT, this::seed);
		if (published > 0) {
			log.info("Demo payroll: {} months published in {} ms", published, (System.nanoTime() - started) / 1_000_000);
		}
	}

	private int seed() {
		if (!groups.list().isEmpty()) {
			return 0;
		}
		administration.createUser(new NewUser(TENANT, LOGIN, "薪酬专员", DemoDataSeeder.PASSWORD, Set.of(Role.PAYROLL),
				null, null, null));
		PayGroupView mines = groups.save("MINE", new SavePayGroup("矿区（太原）", "TY", null));
		PayGroupView office = groups.save("HQ", new SavePayGroup("集团总部（北京）", "BJ", null));
		YearMonth thisMonth = YearMonth.from(time.today());
		YearMonth first = thisMonth.minusMonths(3);
		Map<UUID, String> units = organization.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::code));
		Map<UUID, String> grades = organization.positions()
			.stream()
			.collect(Collectors.toMap(PositionView::id, PositionView::grade));
		Map<UUID, UUID> positions = positions();
		List<EmployeeDirectory.Entry> people = directory.employedBetween(first.atDay(1), thisMonth.atEndOfMonth());
		List<String> sales = new ArrayList<>();
		for (EmployeeDirectory.Entry person : people) {
			String unit = units.getOrDefault(person.departmentId(), "");
			boolean mine = MINE_UNITS.contains(unit);
			Random random = new Random(person.employeeNo().hashCode());
			String grade = grades.getOrDefault(positions.get(person.id()), "P2");
			structures.change(person.id(), structure(person, unit, grade, mine ? mines : office, random,
					thisMonth.getYear()), "DEMO");
			declare(person, random, thisMonth.getYear());
			if (unit.startsWith("SALES-")) {
				sales.add(person.employeeNo());
			}
		}
		bands(thisMonth.getYear());
		int published = 0;
		for (YearMonth month = first; month.isBefore(thisMonth); month = month.plusMonths(1)) {
			commissions(sales, month);
			for (PayGroupView group : List.of(mines, office)) {
				published += publish(month, group) ? 1 : 0;
			}
		}
		return published;
	}

	private ChangePayStructure structure(EmployeeDirectory.Entry person, String unit, String grade,
			PayGroupView group, Random random, int year) {
		BigDecimal band = BigDecimal.valueOf(BANDS.getOrDefault(grade, 8000));
		BigDecimal base = band.multiply(BigDecimal.valueOf(90 + random.nextInt(21)))
			.divide(BigDecimal.valueOf(10000), 0, RoundingMode.HALF_UP)
			.multiply(BigDecimal.valueOf(100))
			.setScale(2);
		Map<String, BigDecimal> allowances = new TreeMap<>();
		allowances.put("MEAL", new BigDecimal("500.00"));
		if (UNDERGROUND.contains(unit)) {
			allowances.put("UNDERGROUND", new BigDecimal("1500.00"));
		}
		if (THREE_SHIFTS.contains(unit)) {
			allowances.put("SHIFT", new BigDecimal("400.00"));
		}
		if (group.code().equals("HQ")) {
			allowances.put("TRANSPORT", new BigDecimal("600.00"));
		}
		Map<String, BigDecimal> deductions = Map.of("UNION_FEE",
				base.multiply(new BigDecimal("0.005")).setScale(2, RoundingMode.HALF_UP));
		LocalDate from = person.hireDate().getYear() < year ? LocalDate.of(year, 1, 1) : person.hireDate();
		String account = "6222" + String.format("%015d", Math.floorMod((long) person.employeeNo().hashCode(),
				1_000_000_000_000_000L));
		return new ChangePayStructure(from, group.code(), base, allowances, deductions, group.regionCode(),
				group.code().equals("HQ") ? new BigDecimal("0.12") : new BigDecimal("0.10"), null, "中国工商银行",
				account, random.nextInt(5) == 0 ? BonusTaxMethod.MERGED : BonusTaxMethod.SEPARATE, "定薪（按岗位职级）");
	}

	/**
	 * A band per position from January: the midpoint 0.92–1.20 times the grade's base (by the position's code), so
	 * that the people, paid ±10 % around the grade's base, sit from about 25 % below to 20 % above their midpoint.
	 */
	private void bands(int year) {
		for (PositionView position : organization.positions()) {
			BigDecimal grade = BigDecimal.valueOf(BANDS.getOrDefault(position.grade(), 8000));
			BigDecimal midpoint = grade.multiply(BigDecimal.valueOf(92 + Math.floorMod(position.code().hashCode(), 29)))
				.divide(BigDecimal.valueOf(10000), 0, RoundingMode.HALF_UP)
				.multiply(BigDecimal.valueOf(100))
				.setScale(2);
			bands.save(position.id(), new SavePayBand(LocalDate.of(year, 1, 1),
					midpoint.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.HALF_UP), midpoint,
					midpoint.multiply(new BigDecimal("1.20")).setScale(2, RoundingMode.HALF_UP)));
		}
	}

	private void declare(EmployeeDirectory.Entry person, Random random, int year) {
		int roll = random.nextInt(10);
		if (roll < 3) {
			declarations.declare(person.id(), year, new DeclareDeduction(DeductionKind.CHILD_EDUCATION,
					new BigDecimal("2000"), "子女：" + person.name().charAt(0) + "小明，太原市第五中学"));
		}
		if (roll >= 2 && roll < 6) {
			declarations.declare(person.id(), year, new DeclareDeduction(DeductionKind.ELDERLY_SUPPORT,
					new BigDecimal(roll % 2 == 0 ? "3000" : "1500"), roll % 2 == 0 ? "独生子女，父亲年满 60 周岁"
							: "非独生子女，与兄弟约定分摊"));
		}
		if (roll == 7) {
			declarations.declare(person.id(), year, new DeclareDeduction(DeductionKind.HOUSING_RENT,
					new BigDecimal("1500"), "太原市小店区租房，租赁合同编号 TY-" + person.employeeNo()));
		}
	}

	private void commissions(List<String> sales, YearMonth month) {
		if (sales.isEmpty()) {
			return;
		}
		List<AddPayInputs.Item> items = sales.stream().map(number -> {
			Random random = new Random((number + month).hashCode());
			return new AddPayInputs.Item(number, "COMMISSION",
					BigDecimal.valueOf(1000 + random.nextInt(70) * 100L).setScale(2), "销售提成 " + month);
		}).toList();
		inputs.add(new AddPayInputs(month.toString(), items), false);
	}

	/** Calculates, approves (HR, then finance) and publishes the month of the group; false when it did not finish. */
	private boolean publish(YearMonth month, PayGroupView group) {
		PayrollRunView run = runs.create(new CreatePayrollRun(month.toString(), group.id()));
		runs.calculate(run.id());
		if (!await(run.id(), PayrollRunStatus.CALCULATED)) {
			log.warn("Demo payroll {} {} was not calculated in time", month, group.code());
			return false;
		}
		runs.submit(run.id());
		decisions.approveAs(List.of("hr@demo.example", "finance@demo.example"), List.of(run.id()), "核对无误，同意发放");
		if (!await(run.id(), PayrollRunStatus.APPROVED)) {
			log.warn("Demo payroll {} {} was not approved in time", month, group.code());
			return false;
		}
		runs.publish(run.id());
		return true;
	}

	private boolean await(UUID runId, PayrollRunStatus status) {
		Predicate<PayrollRunView> reached = run -> run.status() == status;
		for (int i = 0; i < 600; i++) {
			if (reached.test(runs.get(runId))) {
				return true;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	private Map<UUID, UUID> positions() {
		Map<UUID, UUID> positions = new HashMap<>();
		int page = 0;
		List<EmployeeSummary> batch;
		do {
			batch = employees.search(new EmployeeQuery(null, null, null, page++, 500)).content();
			batch.forEach(e -> positions.put(e.id(), e.positionId()));
		}
		while (batch.size() == 500);
		return positions;
	}
}
