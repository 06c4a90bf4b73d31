package io.renloop.demo;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.organization.Organization;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.training.Catalogue;
import io.renloop.training.Catalogue.CourseView;
import io.renloop.training.InterviewFindings;
import io.renloop.training.Recommendations;
import io.renloop.training.Recommendations.Recommend;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Recommendations for the newest miners of 井下采煤一队, the demo's recent hires: what their AI interviews revealed
 * (weak dimensions and a missed key point, taken over as training does after a hire), which the catalogue's tags turn
 * into courses, and one course the manager recommended by hand. Their team's expiring licences add certificate
 * reasons. Every start records the same again, which changes nothing (findings per interview session, one
 * recommendation per recommender and course).
 */
@Component
@Order(8)
class DemoTrainingRecommendations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTrainingRecommendations.class);

	static final String MANAGER = "manager@demo.example";

	/** Explosion-proof electrics: in no path, so the hire is not enrolled in it by the demo. */
	static final String MANAGER_COURSE = "ELEC-101";

	static final String MANAGER_TEXT = "井下电气防爆是新人的短板，下井前先补上";

	private static final List<Map<String, Double>> INTERVIEWS = List.of(
			Map.of("通风系统", 48.0, "安全意识", 82.0, "沟通表达", 57.0),
			Map.of("瓦斯检查", 52.0, "液压支架操作", 45.0, "沟通表达", 74.0));

	private static final List<List<String>> MISSED = List.of(List.of("先撤人后处理"), List.of());

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final Employees employees;

	private final Catalogue catalogue;

	private final InterviewFindings findings;

	private final Recommendations recommendations;

	private final UserDetailsService users;

	DemoTrainingRecommendations(RenloopProperties properties, TenantAdministration administration,
			Organization organization, Employees employees, Catalogue catalogue, InterviewFindings findings,
			Recommendations recommendations, UserDetailsService users) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.employees = employees;
		this.catalogue = catalogue;
		this.findings = findings;
		this.recommendations = recommendations;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(DemoApprovals.TENANT).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<EmployeeSummary> hires = SystemActor.callAs(DemoApprovals.TENANT, this::newestMiners);
		if (hires.isEmpty()) {
			return;
		}
		SystemActor.runAs(DemoApprovals.TENANT, () -> {
			for (int i = 0; i < hires.size(); i++) {
				// a fixed session id per hire: a second start-up records the same findings, which adds nothing
				findings.record(hires.get(i).id(), UUID.nameUUIDFromBytes(("demo-interview-" + i).getBytes()),
						INTERVIEWS.get(i), MISSED.get(i));
			}
		});
		CourseView electrics = SystemActor.callAs(DemoApprovals.TENANT, () -> catalogue.courses()
			.stream()
			.filter(c -> c.code().equals(MANAGER_COURSE))
			.findFirst()
			.orElse(null));
		if (electrics != null) {
			try {
				asManager(() -> recommendations.recommend(new Recommend(hires.get(0).id(), electrics.id(),
						MANAGER_TEXT)));
			}
			catch (BusinessRuleException enrolledAlready) {
				log.debug("The demo hire takes {} already", MANAGER_COURSE);
			}
		}
		log.info("Demo training recommendations for {} new miners in {} ms", hires.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private List<EmployeeSummary> newestMiners() {
		UUID team = organization.departments().stream().filter(d -> d.code().equals("COAL-1")).findFirst()
			.map(d -> d.id()).orElse(null);
		if (team == null) {
			return List.of();
		}
		return employees.search(new EmployeeQuery(null, team, null, 0, 200)).content().stream()
			.filter(e -> e.hireDate() != null)
			.sorted(Comparator.comparing(EmployeeSummary::hireDate).reversed())
			.limit(INTERVIEWS.size())
			.toList();
	}

	/** Runs as the demo manager, whose name the recommendation quotes. */
	private void asManager(Runnable work) {
		DemoLogins.runAs(users, MANAGER, () -> io.renloop.platform.TenantContext.runAs(DemoApprovals.TENANT, work));
	}
}
