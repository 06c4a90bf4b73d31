package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.organization.DepartmentKind;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.OrganizationCommands.SaveDepartment;
import io.renloop.organization.OrganizationCommands.SaveJobFamily;
import io.renloop.platform.AuditLog;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.AuditVerification;
import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every change leaves an audit event, the per-tenant hash chain verifies, and tampering with a stored
 * event (as a database superuser who bypasses the append-only trigger could) is detected at that event.
 * Tampering happens only in throw-away tenants, so the shared tenants' chains stay valid.
 */
@RenloopIntegrationTest
class AuditChainTests {

	static final String HR = "hr@demo.example";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TenantAdministration administration;

	@Autowired
	Organization organization;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void employeeChangesAreAuditedWithTheActor() {
		ApiClient hr = ApiClient.as(port, HR);
		String number = TestUsers.unique("AU");
		Map<String, Object> employee = Map.of("employeeNo", number, "name", "审计测试", "departmentId",
				new DemoData(jdbc).departmentId(DEMO, "FIN"), "hireDate", "2026-04-01");
		String id = hr.post("/api/v1/employees", employee).json().get("id").asString();
		assertThat(hr.put("/api/v1/employees/" + id, Map.of("employeeNo", number, "name", "审计测试改", "departmentId",
				employee.get("departmentId"), "hireDate", "2026-04-01")).status()).isEqualTo(200);
		assertThat(hr.post("/api/v1/employees/" + id + "/lifecycle",
				Map.of("type", "CONFIRMATION", "effectiveDate", "2026-10-01")).status()).isEqualTo(200);

		JsonNode events = hr.get("/api/v1/audit/events?entityType=Employee&entityId=" + id).json();
		assertThat(events.get("content").valueStream().map(e -> e.get("action").asString()))
			.containsExactly("CONFIRMATION", "UPDATE", "CREATE");
		assertThat(events.get("content").valueStream().map(e -> e.get("actor").asString())).containsOnly(HR);
		JsonNode update = events.get("content").get(1);
		assertThat(update.get("before").asString()).contains("审计测试");
		assertThat(update.get("after").asString()).contains("审计测试改");
	}

	@Test
	void organizationChangesAreAudited() {
		ApiClient hr = ApiClient.as(port, HR);
		String familyId = hr.post("/api/v1/job-families", Map.of("code", TestUsers.unique("AU"), "name", "审计职族"))
			.json()
			.get("id")
			.asString();
		JsonNode events = hr.get("/api/v1/audit/events?entityType=JobFamily&entityId=" + familyId).json();
		assertThat(events.at("/page/totalElements").asLong()).isEqualTo(1);
		assertThat(events.at("/content/0/action").asString()).isEqualTo("CREATE");
	}

	@Test
	void chainOfTheDemoTenantIsValid() {
		JsonNode verification = ApiClient.as(port, HR).get("/api/v1/audit/verify").json();
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("events").asLong()).isEqualTo(new DemoData(jdbc).count("platform.audit_event", DEMO));
		assertThat(verification.get("firstBrokenId").isNull()).isTrue();
	}

	@Test
	void alteredEventBreaksTheChainAtThatEvent() throws SQLException {
		String tenant = tenantWithSomeHistory();
		String auditor = TestUsers.createUser(administration, tenant, Role.HR_ADMIN);
		assertThat(verifyOverApi(auditor).get("valid").asBoolean()).isTrue();
		long victim = eventIds(tenant).get(2);

		asSuperuserBypassingTriggers("update platform.audit_event set after_state = '{\"name\":\"forged\"}' where id = ?",
				victim);

		JsonNode verification = verifyOverApi(auditor);
		assertThat(verification.get("valid").asBoolean()).isFalse();
		assertThat(verification.get("firstBrokenId").asLong()).isEqualTo(victim);
	}

	@Test
	void removedEventBreaksTheChainAtTheNextEvent() throws SQLException {
		String tenant = tenantWithSomeHistory();
		List<Long> ids = eventIds(tenant);

		asSuperuserBypassingTriggers("delete from platform.audit_event where id = ?", ids.get(1));

		AuditVerification verification = SystemActor.callAs(tenant, auditLog::verify);
		assertThat(verification.valid()).isFalse();
		assertThat(verification.firstBrokenId()).isEqualTo(ids.get(2));
	}

	@Test
	void auditEventsCannotBeUpdatedOrDeleted() {
		String tenant = tenantWithSomeHistory();
		long event = eventIds(tenant).get(0);
		assertThatThrownBy(() -> jdbc.update("update platform.audit_event set actor = 'mallory' where id = ?", event))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from platform.audit_event where id = ?", event))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(SystemActor.callAs(tenant, auditLog::verify).valid()).isTrue();
	}

	@Test
	void anOpenTransactionDoesNotHoldUpTheTenantsOtherAuditedChangesAndARolledBackOneLeavesNoEntry()
			throws Exception {
		String tenant = tenantWithSomeHistory();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		CountDownLatch recorded = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> SystemActor.runAs(tenant,
				() -> transaction.executeWithoutResult(status -> {
					auditTrail.recordChange("SLOW", "Probe", "slow", null, Map.of("n", 1));
					recorded.countDown();
					await(release);
				})));
		assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Void> fast = CompletableFuture.runAsync(() -> SystemActor.runAs(tenant,
				() -> transaction.executeWithoutResult(
						status -> auditTrail.recordChange("FAST", "Probe", "fast", null, Map.of("n", 2)))));
		fast.get(20, TimeUnit.SECONDS); // before: waited for the tenant's lock until the slow transaction ended
		assertThatThrownBy(() -> SystemActor.runAs(tenant, () -> transaction.executeWithoutResult(status -> {
			auditTrail.recordChange("UNDONE", "Probe", "undone", null, Map.of("n", 3));
			throw new IllegalStateException("rolled back");
		}))).hasMessage("rolled back");
		release.countDown();
		slow.get(30, TimeUnit.SECONDS);

		assertThat(jdbc.queryForList("select action from platform.audit_event where tenant_id = ? and entity_type = 'Probe'"
				+ " order by id", String.class, tenant)).containsExactly("FAST", "SLOW");
		assertThat(SystemActor.callAs(tenant, auditLog::verify).valid()).isTrue();
	}

	// --- helpers

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A new tenant with a few audited changes: its creation, a job family, two departments. */
	private String tenantWithSomeHistory() {
		String tenant = TestUsers.createTenant(administration, "audit");
		SystemActor.runAs(tenant, () -> {
			organization.createJobFamily(new SaveJobFamily("OPS", "Operations"));
			DepartmentView root = organization
				.createDepartment(new SaveDepartment(null, "ROOT", "Tamper Test Ltd", DepartmentKind.COMPANY, null, 0));
			organization.createDepartment(new SaveDepartment(root.id(), "OPS", "Operations", DepartmentKind.DEPARTMENT, null, 0));
		});
		assertThat(SystemActor.callAs(tenant, auditLog::verify).valid()).isTrue();
		return tenant;
	}

	private List<Long> eventIds(String tenant) {
		List<Long> ids = jdbc.queryForList("select id from platform.audit_event where tenant_id = ? order by id",
				Long.class, tenant);
		assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
		return ids;
	}

	private JsonNode verifyOverApi(String login) {
		ApiClient.Response response = ApiClient.as(port, login).get("/api/v1/audit/verify");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	/**
	 * Runs one statement as a superuser would to forge history: with replication role {@code replica} the
	 * append-only trigger does not fire. The setting is local to this one transaction.
	 */
	private void asSuperuserBypassingTriggers(String sql, long eventId) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement();
					PreparedStatement tamper = connection.prepareStatement(sql)) {
				statement.execute("set local session_replication_role = replica");
				tamper.setLong(1, eventId);
				assertThat(tamper.executeUpdate()).isEqualTo(1);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}
}
