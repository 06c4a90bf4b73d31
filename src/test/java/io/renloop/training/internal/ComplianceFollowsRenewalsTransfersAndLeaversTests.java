package io.renloop.training.internal;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.training.TrainingFixtures.addCertificate;
import static io.renloop.training.TrainingFixtures.certificate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.training.Certificates;
import io.renloop.training.Certificates.ComplianceRow;
import io.renloop.training.Certificates.Status;
import io.renloop.training.ComplianceOverview;
import io.renloop.training.TrainingFixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The compliance view reads training's own copy of who works where and of each person's latest certificate per
 * type: a renewal replaces the certificate it renews, a transfer moves the lines to the new unit, a leaver's lines
 * go, a required certificate not held is MISSING, a repeated or stale event changes nothing, and the page counted
 * and cut by the database shows what the rules give over the lines.
 */
@RenloopIntegrationTest
class ComplianceFollowsRenewalsTransfersAndLeaversTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LearnerRoster roster;

	@Autowired
	Certificates certificates;

	ApiClient hr;

	DemoData data;

	LocalDate today;

	UUID coal;

	@BeforeEach
	void setUp() {
		hr = ApiClient.as(port, "hr@demo.example");
		data = new DemoData(jdbc);
		today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		coal = data.departmentId(DEMO, "COAL-1");
	}

	@Test
	void aRenewalReplacesTheCertificateItRenewsAndAnOlderOneDoesNot() {
		UUID position = TrainingFixtures.newPosition(port);
		String type = TrainingFixtures.certificateType(hr, position);
		UUID miner = TrainingFixtures.newMiner(port, data, position);
		add(miner, type, today.plusDays(10));
		assertThat(lines(coal, miner)).extracting(ComplianceRow::status, ComplianceRow::expiresOn)
			.containsExactly(tuple(Status.EXPIRING, today.plusDays(10)));

		add(miner, type, today.plusDays(400));
		add(miner, type, today.minusDays(5));

		assertThat(lines(coal, miner)).extracting(ComplianceRow::status, ComplianceRow::expiresOn)
			.containsExactly(tuple(Status.VALID, today.plusDays(400)));
	}

	@Test
	void aRequiredCertificateNotHeldIsMissingAndAnotherHeldOneIsListedAsNotRequired() {
		UUID position = TrainingFixtures.newPosition(port);
		String required = TrainingFixtures.certificateType(hr, position);
		String other = TrainingFixtures.certificateType(hr, null);
		UUID miner = TrainingFixtures.newMiner(port, data, position);
		add(miner, other, today.minusDays(1));

		List<ComplianceRow> lines = lines(coal, miner);

		assertThat(lines).extracting(ComplianceRow::certificateCode, ComplianceRow::status, ComplianceRow::required)
			.containsExactlyInAnyOrder(tuple(required, Status.MISSING, true),
					tuple(other, Status.EXPIRED, false));
		assertThat(lines).filteredOn(ComplianceRow::required).extracting(ComplianceRow::expiresOn).containsOnlyNulls();
	}

	@Test
	void theDatabaseGradesExpiriesAtTheBoundariesAsTheRulesDo() {
		UUID miner = TrainingFixtures.newMiner(port, data, null);
		for (int days : new int[] { -1, 0, 30, 31 }) {
			add(miner, TrainingFixtures.certificateType(hr, null), today.plusDays(days));
		}
		Map<String, String> forever = certificate(miner, TrainingFixtures.certificateType(hr, null), null);
		assertThat(addCertificate(hr, forever, null).status()).isEqualTo(201);

		Map<String, String> byRules = new HashMap<>();
		for (JsonNode held : hr.get("/api/v1/training/certificates?employeeId=" + miner).json()) {
			byRules.put(held.get("type").asString(), held.get("status").asString());
		}
		Map<String, String> byDatabase = new HashMap<>();
		lines(coal, miner).forEach(line -> byDatabase.put(line.certificateCode(), line.status().name()));

		assertThat(byDatabase).isEqualTo(byRules).hasSize(5);
		assertThat(byDatabase.values()).containsExactlyInAnyOrder("EXPIRED", "EXPIRING", "EXPIRING", "VALID", "VALID");
	}

	@Test
	void aTransferMovesTheLinesToTheNewUnitAndALeaversLinesGo() {
		UUID position = TrainingFixtures.newPosition(port);
		String type = TrainingFixtures.certificateType(hr, position);
		UUID miner = TrainingFixtures.newMiner(port, data, position);
		UUID finance = data.departmentId(DEMO, "FIN");
		assertThat(lines(coal, miner)).hasSize(1);

		change(miner, Map.of("type", "TRANSFER", "effectiveDate", today.toString(), "departmentId", finance));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> lines(coal, miner).isEmpty());
		assertThat(lines(finance, miner)).extracting(ComplianceRow::certificateCode).containsExactly(type);

		change(miner, Map.of("type", "TERMINATION", "effectiveDate", today.minusDays(1).toString(), "reason", "test"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> lines(finance, miner).isEmpty());
		assertThat(lines(null, miner)).isEmpty();
	}

	@Test
	void aRepeatedOrStaleEventChangesNothing() {
		UUID position = TrainingFixtures.newPosition(port);
		TrainingFixtures.certificateType(hr, position);
		UUID miner = TrainingFixtures.newMiner(port, data, position);
		UUID finance = data.departmentId(DEMO, "FIN");
		change(miner, Map.of("type", "TRANSFER", "effectiveDate", today.toString(), "departmentId", finance));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !lines(finance, miner).isEmpty());
		Map<String, Object> learner = learner(miner);

		EmployeeHired staleHire = new EmployeeHired(DEMO, miner, "stale", coal, position, LocalDate.of(2025, 3, 3));
		roster.on(staleHire);
		roster.on(staleHire);
		roster.on(new EmployeeLifecycleChanged(DEMO, miner, LifecycleChange.TRANSFER, today, finance, position));

		assertThat(learner(miner)).isEqualTo(learner);
		assertThat(lines(finance, miner)).hasSize(1);
		assertThat(lines(coal, miner)).isEmpty();
	}

	@Test
	void thePageCountedAndCutByTheDatabaseIsWhatTheRulesGiveOverTheLines() {
		UUID position = TrainingFixtures.newPosition(port);
		String type = TrainingFixtures.certificateType(hr, position);
		for (int i = 0; i < 3; i++) {
			UUID miner = TrainingFixtures.newMiner(port, data, position);
			add(miner, type, today.plusDays(30 * i - 1));
		}
		TrainingFixtures.newMiner(port, data, position);
		List<ComplianceRow> lines = SystemActor.callAs(DEMO, () -> certificates.compliance(coal));
		assertThat(lines).extracting(ComplianceRow::status).contains(Status.EXPIRED, Status.EXPIRING, Status.VALID,
				Status.MISSING);

		List<Status> filters = new ArrayList<>(List.of(Status.values()));
		filters.add(null);
		for (Status filter : filters) {
			ComplianceOverview rules = ComplianceOverview.of(lines, filter, 0);
			for (int page : List.of(0, rules.pages() - 1)) {
				ComplianceOverview expected = ComplianceOverview.of(lines, filter, page);
				ComplianceOverview counted = SystemActor.callAs(DEMO, () -> certificates.overview(coal, filter, page));
				assertThat(counted.rows()).as("%s page %d", filter, page).isEqualTo(expected.rows());
				assertThat(counted.totals()).isEqualTo(expected.totals());
				assertThat(counted.matching()).isEqualTo(expected.matching());
				assertThat(counted.pages()).isEqualTo(expected.pages());
				assertThat(new HashSet<>(counted.byType())).isEqualTo(new HashSet<>(expected.byType()));
			}
		}
	}

	@Test
	void aRebuildGivesTheLinesTheEventsGave() {
		UUID position = TrainingFixtures.newPosition(port);
		String type = TrainingFixtures.certificateType(hr, position);
		UUID miner = TrainingFixtures.newMiner(port, data, position);
		add(miner, type, today.plusDays(3));
		add(miner, type, today.plusDays(90));
		List<ComplianceRow> before = lines(coal, miner);

		ApiClient.Response rebuilt = ApiClient.as(port, "admin@demo.example").post("/api/v1/training/compliance/rebuild",
				null);

		assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
		assertThat(rebuilt.json().get("learners").asInt()).isPositive();
		assertThat(lines(coal, miner)).isEqualTo(before).extracting(ComplianceRow::expiresOn)
			.containsExactly(today.plusDays(90));
	}

	private List<ComplianceRow> lines(UUID department, UUID employee) {
		List<ComplianceRow> mine = new ArrayList<>();
		String query = department == null ? "" : "?departmentId=" + department;
		for (JsonNode row : hr.get("/api/v1/training/compliance" + query).json()) {
			if (row.get("employeeId").asString().equals(employee.toString())) {
				mine.add(new ComplianceRow(employee, row.get("employeeName").asString(),
						row.get("certificateCode").asString(), row.get("certificate").asString(),
						Status.valueOf(row.get("status").asString()),
						row.get("expiresOn").isNull() ? null : LocalDate.parse(row.get("expiresOn").asString()),
						row.get("required").asBoolean()));
			}
		}
		return mine;
	}

	private void add(UUID employee, String type, LocalDate expiresOn) {
		Map<String, String> fields = certificate(employee, type, expiresOn.toString());
		fields.put("issuedOn", expiresOn.minusYears(3).toString());
		ApiClient.Response added = addCertificate(hr, fields, null);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
	}

	private void change(UUID employee, Map<String, Object> step) {
		ApiClient.Response changed = hr.post("/api/v1/employees/" + employee + "/lifecycle", step);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
	}

	private Map<String, Object> learner(UUID employee) {
		return jdbc.queryForMap("select * from training.learner where employee_id = ?", employee);
	}
}
