package io.renloop.demo;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.Employees;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionFiles;
import io.renloop.organization.DepartmentKind;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.JobFamilyView;
import io.renloop.organization.Organization;
import io.renloop.organization.OrganizationCommands.SaveDepartment;
import io.renloop.organization.OrganizationCommands.SaveJobFamily;
import io.renloop.organization.OrganizationCommands.SavePosition;
import io.renloop.organization.OrganizationCommands.SetHeadcount;
import io.renloop.organization.PositionView;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo tenants into an empty database, through the modules' own APIs so that audit entries,
 * timelines and events are exactly what real use produces.
 */
@Component
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

	static final String PASSWORD = "Renloop#2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final Employees employees;

	private final DemoRecruitment recruitment;

	private final QuestionBank questionBank;

	private final DemoInterviews interviews;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDataSeeder(RenloopProperties properties, TenantAdministration administration, Organization organization,
			Employees employees, DemoRecruitment recruitment, QuestionBank questionBank, DemoInterviews interviews,
			TransactionTemplate transactions, Clock clock) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.employees = employees;
		this.recruitment = recruitment;
		this.questionBank = questionBank;
		this.interviews = interviews;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.anyTenantExists()) {
			return;
		}
		long started = System.nanoTime();
		CurrentUser interviewer;
		{
			Map<String, UUID> demo = seed(DemoCompanies.energyGroup(), 2026L);
			administration.createUser(user("demo", "admin@demo.example", "系统管理员", Set.of(Role.TENANT_ADMIN), null, null));
			administration.createUser(user("demo", "hr@demo.example", "人力资源管理员", Set.of(Role.HR_ADMIN), null, null));
			administration.createUser(user("demo", "recruiter@demo.example", "招聘专员", Set.of(Role.RECRUITER), null, null));
			administration.createUser(user("demo", "manager@demo.example", "综采事业部经理", Set.of(Role.MANAGER),
					demo.get("dept:MINING"), demo.get("head:MINING")));
			administration.createUser(user("demo", "employee@demo.example", "一线员工", Set.of(Role.EMPLOYEE),
					demo.get("dept:COAL-1"), demo.get("member:COAL-1")));
			interviewer = new CurrentUser(administration.createUser(user("demo", "interviewer@demo.example", "面试官",
					Set.of(Role.INTERVIEWER), demo.get("dept:SAFETY"), demo.get("member:SAFETY"))), "demo",
					"interviewer@demo.example", "面试官", Set.of(Role.INTERVIEWER), Role.INTERVIEWER.permissions(),
					DataScope.SELF, demo.get("dept:SAFETY"), demo.get("member:SAFETY"), null);
			int questions = SystemActor.callAs("demo",
					() -> questionBank.importQuestions(QuestionFiles.read(QuestionFiles.DEMO_BANK)));
			log.info("Seeded {} interview questions for tenant 'demo'", questions);
			Map<String, UUID> acme = seed(DemoCompanies.acme(), 1999L);
			administration.createUser(user("acme", "hr@acme.example", "Acme HR", Set.of(Role.HR_ADMIN), null, null));
			administration.createUser(user("acme", "admin@acme.example", "Acme Admin", Set.of(Role.TENANT_ADMIN),
					null, acme.get("head:ACME")));
		}
		long recruiting = System.nanoTime();
		int applications = SystemActor.callAs("demo",
				() -> recruitment.seed(DemoOpenings.energyGroup(), new DemoPeople(2027L), "1580351"))
				+ SystemActor.callAs("acme", () -> recruitment.seed(List.of(DemoOpenings.acme()), new DemoPeople(2000L),
						"+1 555-01"));
		log.info("Seeded demo tenants 'demo' and 'acme' in {} ms, of which {} applications in {} ms",
				(System.nanoTime() - started) / 1_000_000, applications, (System.nanoTime() - recruiting) / 1_000_000);
		long interviewing = System.nanoTime();
		int interviews = SystemActor.callAs("demo", () -> this.interviews.seed(DemoOpenings.energyGroup(), interviewer));
		log.info("Seeded {} scored AI interviews for tenant 'demo' in {} ms", interviews,
				(System.nanoTime() - interviewing) / 1_000_000);
	}

	private NewUser user(String tenant, String email, String name, Set<Role> roles, UUID department, UUID employee) {
		DataScope scope = roles.contains(Role.MANAGER) ? DataScope.SUBTREE : null;
		return new NewUser(tenant, email, name, PASSWORD, roles, scope, department, employee);
	}

	private Map<String, UUID> seed(DemoCompany company, long seed) {
		administration.createTenant(company.tenantId(), company.name(), company.locale(), company.timeZone());
		return SystemActor.callAs(company.tenantId(), () -> {
			Map<String, UUID> positions = transactions.execute(status -> createPositions(company));
			Map<String, UUID> ids = new HashMap<>();
			DemoPeople people = new DemoPeople(seed);
			new UnitSeeder(company, positions, ids, people, new DemoProfiles(people, company.chineseNames()))
				.seed(company.root(), null, null, 0);
			return ids;
		});
	}

	private Map<String, UUID> createPositions(DemoCompany company) {
		Map<String, UUID> positions = new HashMap<>();
		for (DemoCompany.Family family : company.families()) {
			JobFamilyView saved = organization.createJobFamily(new SaveJobFamily(family.code(), family.name()));
			for (DemoCompany.Job job : family.jobs()) {
				PositionView position = organization
					.createPosition(new SavePosition(job.code(), job.name(), saved.id(), job.grade()));
				positions.put(job.code(), position.id());
			}
		}
		return positions;
	}

	/** Creates one unit, its staff and its headcount plan, then its children. */
	private final class UnitSeeder {

		private final DemoCompany company;

		private final Map<String, UUID> positions;

		private final Map<String, UUID> ids;

		private final DemoPeople people;

		private final DemoProfiles profiles;

		private final LocalDate today = LocalDate.now(clock);

		private int counter;

		UnitSeeder(DemoCompany company, Map<String, UUID> positions, Map<String, UUID> ids, DemoPeople people,
				DemoProfiles profiles) {
			this.company = company;
			this.positions = positions;
			this.ids = ids;
			this.people = people;
			this.profiles = profiles;
		}

		/** Each unit in its own transaction keeps the persistence context, and so every flush, small. */
		void seed(DemoCompany.Unit unit, DepartmentView parent, UUID parentHead, int order) {
			DepartmentView department = transactions.execute(status -> seedUnit(unit, parent, parentHead, order));
			UUID head = ids.get("head:" + unit.code());
			int childOrder = 0;
			for (DemoCompany.Unit child : unit.children()) {
				seed(child, department, head == null ? parentHead : head, childOrder++);
			}
		}

		private DepartmentView seedUnit(DemoCompany.Unit unit, DepartmentView parent, UUID parentHead, int order) {
			DepartmentView department = organization.createDepartment(new SaveDepartment(
					parent == null ? null : parent.id(), unit.code(), unit.name(), DepartmentKind.valueOf(unit.kind()),
					null, order));
			ids.put("dept:" + unit.code(), department.id());
			UUID head = null;
			for (DemoCompany.Staff staff : unit.staffing()) {
				UUID position = positions.get(staff.positionCode());
				organization.setHeadcount(new SetHeadcount(department.id(), position, staff.count() + unit.spare()));
				for (int i = 0; i < staff.count(); i++) {
					UUID manager = head == null ? parentHead : head;
					EmployeeDetails hired = hire(department.id(), staff.positionCode(), position, manager, head == null);
					if (head == null) {
						head = hired.id();
						ids.put("head:" + unit.code(), head);
					}
					else {
						ids.putIfAbsent("member:" + unit.code(), hired.id());
					}
				}
			}
			if (head != null) {
				organization.updateDepartment(department.id(), new SaveDepartment(department.parentId(),
						department.code(), department.name(), department.kind(), head, order));
			}
			return department;
		}

		private EmployeeDetails hire(UUID department, String positionCode, UUID position, UUID manager, boolean isHead) {
			counter++;
			LocalDate birth = people.birthDate(isHead ? 38 : 22, isHead ? 55 : 50, today);
			LocalDate hireDate = people.hireDate(today, isHead ? 15 : 10);
			String name = company.chineseNames() ? people.chineseName() : people.englishName();
			String prefix = company.tenantId().equals("demo") ? "SNE" : "AC";
			String number = prefix + String.format("%05d", counter);
			var education = profiles.education(positionCode, birth);
			EmployeeDetails hired = employees.hire(new SaveEmployee(number, name,
					number.toLowerCase() + "@" + company.tenantId() + ".example", people.mobile(), department, position,
					manager, hireDate, EmployeeStatus.PROBATION, education, profiles.workHistory(hireDate, education.get(0).end()),
					profiles.certificates(positionCode, today), company.chineseNames() ? people.residentId(birth) : null,
					people.bankAccount(), birth, company.chineseNames() ? "山西省太原市小店区长风街" + (1 + people.nextInt(200)) + "号"
							: people.nextInt(900) + " Main Street, Springfield", workStart(education.get(0).end(), hireDate)));
			addHistory(hired, hireDate);
			return hired;
		}

		/** 参加工作日期: straight after school for most, a gap year or two for some, never after joining. */
		private LocalDate workStart(LocalDate educationEnd, LocalDate hireDate) {
			LocalDate start = educationEnd.plusMonths(1 + people.nextInt(24));
			return start.isAfter(hireDate) ? hireDate : start;
		}

		/** Everyone joins on probation; who joined more than six months ago was confirmed since (and some left). */
		private void addHistory(EmployeeDetails hired, LocalDate hireDate) {
			if (hireDate.isAfter(today.minusMonths(6))) {
				return;
			}
			employees.changeLifecycle(hired.id(), new ChangeLifecycle(LifecycleChange.CONFIRMATION,
					hireDate.plusMonths(6), null, null, null, null));
			if (counter % 7 == 0 && hireDate.isBefore(today.minusYears(2))) {
				// pay lives in payroll now (DemoPayroll); the draw of the former pay change stays, so that the
				// generated people after it stay who they were
				people.nextInt(8000);
			}
			if (counter % 41 == 0) {
				employees.changeLifecycle(hired.id(), new ChangeLifecycle(LifecycleChange.TERMINATION,
						today.minusDays(people.nextInt(200)), null, null, null,
						company.chineseNames() ? "个人原因离职" : "Resigned"));
			}
		}
	}

	static List<String> demoLogins() {
		return List.of("admin@demo.example", "hr@demo.example", "recruiter@demo.example", "manager@demo.example",
				"employee@demo.example", "interviewer@demo.example", "finance@demo.example", "gm@demo.example",
				DemoPayroll.LOGIN, "hr@acme.example");
	}
}
