package io.renloop.demo;

import io.renloop.organization.Organization;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChainStep.Kind;
import io.renloop.workflow.ApprovalChainStep.Mode;
import io.renloop.workflow.ApprovalChains;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the demo tenants are seeded: the approvers the default chains need in tenant demo (finance@ and gm@, the
 * general manager being the employee who heads the company) and demo's own offer, probation and leave chains.
 */
@Component
@Order(1)
class DemoApprovals implements ApplicationRunner {

	static final String TENANT = "demo";

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final ApprovalChains chains;

	DemoApprovals(RenloopProperties properties, TenantAdministration administration, Organization organization,
			ApprovalChains chains) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.chains = chains;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(TENANT).isEmpty()) {
			return;
		}
		SystemActor.runAs(TENANT, () -> {
			if (administration.users().stream().anyMatch(u -> u.email().equals("gm@demo.example"))) {
				return;
			}
			UUID companyHead = organization.departmentByCode("SNE").map(d -> d.managerId()).orElse(null);
			administration.createUser(new NewUser(TENANT, "finance@demo.example", "财务经理", DemoDataSeeder.PASSWORD,
					Set.of(Role.FINANCE), null, null, null));
			administration.createUser(new NewUser(TENANT, "gm@demo.example", "总经理", DemoDataSeeder.PASSWORD,
					Set.of(Role.GENERAL_MANAGER), null, null, companyHead));
			chains.configure("offer", List.of(
					new ApprovalChainStep("部门负责人 Department head", Kind.MANAGER, 1, null, Mode.SEQUENTIAL, null,
							"PT24H", "PT48H"),
					new ApprovalChainStep("人力资源 HR", Kind.ROLE, null, Role.HR_ADMIN, Mode.SEQUENTIAL, null, "PT24H",
							null),
					new ApprovalChainStep("总经理 General manager", Kind.ROLE, null, Role.GENERAL_MANAGER,
							Mode.SEQUENTIAL, new BigDecimal("30000"), "PT24H", null)));
			chains.configure("probation", List.of(
					new ApprovalChainStep("直属上级 Manager", Kind.MANAGER, 1, null, Mode.SEQUENTIAL, null, "PT24H",
							"PT48H"),
					new ApprovalChainStep("人力资源 HR", Kind.ROLE, null, Role.HR_ADMIN, Mode.SEQUENTIAL, null, "PT24H",
							null)));
			chains.configure("leave", List.of(new ApprovalChainStep("直属上级 Manager", Kind.MANAGER, 1, null,
					Mode.SEQUENTIAL, null, "PT24H", "PT48H"),
					new ApprovalChainStep("人力资源 HR (3 天以上 over 3 days)", Kind.ROLE, null, Role.HR_ADMIN,
							Mode.SEQUENTIAL, new BigDecimal("3"), "PT24H", null)));
		});
	}
}
