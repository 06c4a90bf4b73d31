package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.shared.PrcResidentId;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Resident ID numbers, bank accounts and addresses are stored encrypted: their plaintext appears in no
 * column of any table, audit snapshots included; the API shows them masked and reveals them only to
 * HR, with an audit entry. Invalid resident IDs are refused field by field, in English and Chinese.
 */
@RenloopIntegrationTest
class PersonalDataEncryptionTests {

	static final String HR = "hr@demo.example";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void personalDataIsStoredOnlyEncryptedAndShownMasked() {
		Secrets secrets = Secrets.fresh();
		JsonNode created = hire(secrets);

		JsonNode masked = created.get("personalData");
		assertThat(masked.get("masked").asBoolean()).isTrue();
		assertThat(masked.get("idNumber").asString()).matches("\\d{6}\\*{8}[\\dX]{4}")
			.isEqualTo(secrets.idNumber().substring(0, 6) + "********" + secrets.idNumber().substring(14));
		assertThat(masked.get("bankAccount").asString()).isEqualTo(secrets.bankAccount().substring(0, 4)
				+ "*".repeat(secrets.bankAccount().length() - 8) + secrets.bankAccount().substring(secrets.bankAccount().length() - 4));
		assertThat(masked.get("address").asString()).isEqualTo("******");
		assertThat(masked.get("birthDate").asString()).isEqualTo("******");
		assertThat(ApiClient.as(port, HR).get("/api/v1/employees/" + created.get("id").asString()).body())
			.doesNotContain(secrets.plaintexts());

		assertPlaintextNowhereInTheDatabase(secrets);
	}

	@Test
	void scanOfTheDatabaseFindsPlaintextWhereItIsStored() {
		Secrets secrets = Secrets.fresh();
		JsonNode created = hire(secrets);
		String name = created.get("name").asString();
		assertThat(columnsContaining(name)).contains("employee.employee.name", "platform.audit_event.after_state");
	}

	@Test
	void hrRevealsPersonalDataAndTheReadIsAudited() {
		Secrets secrets = Secrets.fresh();
		String id = hire(secrets).get("id").asString();

		ApiClient.Response revealed = ApiClient.as(port, HR).get("/api/v1/employees/" + id + "/personal-data");
		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.json().get("masked").asBoolean()).isFalse();
		assertThat(revealed.json().get("idNumber").asString()).isEqualTo(secrets.idNumber());
		assertThat(revealed.json().get("bankAccount").asString()).isEqualTo(secrets.bankAccount());
		assertThat(revealed.json().get("address").asString()).isEqualTo(secrets.address());
		assertThat(revealed.json().get("birthDate").asString()).isEqualTo("1988-03-15");

		JsonNode events = ApiClient.as(port, HR).get("/api/v1/audit/events?entityType=Employee&entityId=" + id).json();
		assertThat(events.get("content").valueStream()
			.filter(e -> e.get("action").asString().equals("READ_SENSITIVE"))
			.map(e -> e.get("actor").asString())).containsExactly(HR);
		assertPlaintextNowhereInTheDatabase(secrets);
	}

	@Test
	void updatedPersonalDataStaysOutOfTheAuditSnapshots() {
		Secrets secrets = Secrets.fresh();
		JsonNode created = hire(secrets);
		Secrets moved = new Secrets(secrets.idNumber(), secrets.bankAccount(), Secrets.fresh().address());
		Map<String, Object> update = new HashMap<>(request(created.get("employeeNo").asString(), moved));
		update.put("idNumber", created.at("/personalData/idNumber").asString());
		update.put("bankAccount", created.at("/personalData/bankAccount").asString());
		ApiClient.Response updated = ApiClient.as(port, HR).put("/api/v1/employees/" + created.get("id").asString(), update);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);

		ApiClient.Response revealed = ApiClient.as(port, HR)
			.get("/api/v1/employees/" + created.get("id").asString() + "/personal-data");
		assertThat(revealed.json().get("idNumber").asString()).as("masked input keeps the stored value")
			.isEqualTo(secrets.idNumber());
		assertThat(revealed.json().get("address").asString()).isEqualTo(moved.address());
		assertPlaintextNowhereInTheDatabase(secrets);
		assertPlaintextNowhereInTheDatabase(moved);
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			wrong checksum       | en    | The resident ID check digit is wrong.
			wrong checksum       | zh-CN | 身份证号校验码错误。
			impossible birth day | en    | The resident ID contains an impossible date of birth.
			impossible birth day | zh-CN | 身份证号中的出生日期不存在。
			unknown region       | en    | The resident ID starts with an unknown region code.
			unknown region       | zh-CN | 身份证号的地区码无效。
			""")
	void invalidResidentIdIsRefusedOnItsField(String defect, String language, String message) {
		String idNumber = switch (defect) {
			case "wrong checksum" -> withWrongCheckCharacter("110105198803151230");
			case "impossible birth day" -> withCheckCharacter("11010520230230123");
			case "unknown region" -> withCheckCharacter("99010519880315123");
			default -> throw new IllegalArgumentException(defect);
		};
		Map<String, Object> request = new HashMap<>(request(TestUsers.unique("PD"), Secrets.fresh()));
		request.put("idNumber", idNumber);
		JsonNode problem = assertProblem(ApiClient.as(port, HR).inLanguage(language).post("/api/v1/employees", request), 400);
		assertThat(errorFields(problem)).containsExactly("idNumber");
		assertThat(errorMessage(problem, "idNumber")).isEqualTo(message);
		assertThat(problem.get("title").asString()).isEqualTo(language.equals("en") ? "Invalid input" : "输入无效");
		assertThat(jdbc.queryForObject("select count(*) from employee.employee where employee_no = ?", Long.class,
				request.get("employeeNo")))
			.isZero();
	}

	// --- helpers

	private JsonNode hire(Secrets secrets) {
		ApiClient.Response created = ApiClient.as(port, HR).post("/api/v1/employees",
				request(TestUsers.unique("PD"), secrets));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private Map<String, Object> request(String employeeNo, Secrets secrets) {
		return Map.of("employeeNo", employeeNo, "name", "隐私" + employeeNo.substring(3), "departmentId",
				new DemoData(jdbc).departmentId(DEMO, "HR"), "hireDate", "2026-02-02", "idNumber", secrets.idNumber(),
				"bankAccount", secrets.bankAccount(), "address", secrets.address());
	}

	private void assertPlaintextNowhereInTheDatabase(Secrets secrets) {
		for (String plaintext : secrets.plaintexts()) {
			assertThat(columnsContaining(plaintext)).as("columns holding %s", plaintext).isEmpty();
		}
	}

	/**
	 * Every text, JSON and binary column of every table in every schema that contains the value, as
	 * {@code schema.table.column}.
	 */
	private List<String> columnsContaining(String value) {
		List<Map<String, Object>> columns = jdbc.queryForList("""
				select c.table_schema, c.table_name, c.column_name, c.data_type
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where t.table_type = 'BASE TABLE'
				  and c.table_schema not in ('pg_catalog', 'information_schema')
				  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""");
		assertThat(columns).extracting(c -> c.get("table_schema") + "." + c.get("table_name") + "." + c.get("column_name"))
			.contains("employee.employee.id_number_enc", "employee.employee.address_enc",
					"platform.audit_event.before_state", "platform.audit_event.after_state",
					"employee.timeline_event.details");
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
			String name = "\"" + column.get("column_name") + "\"";
			Long hits = "bytea".equals(column.get("data_type"))
					? jdbc.queryForObject("select count(*) from " + table + " where position(?::bytea in " + name + ") > 0",
							Long.class, (Object) value.getBytes(StandardCharsets.UTF_8))
					: jdbc.queryForObject("select count(*) from " + table + " where " + name + "::text ilike ?",
							Long.class, "%" + value + "%");
			if (hits != null && hits > 0) {
				found.add(column.get("table_schema") + "." + column.get("table_name") + "." + column.get("column_name"));
			}
		}
		return found;
	}

	private static String withCheckCharacter(String first17) {
		return first17 + PrcResidentId.checkCharacter(first17);
	}

	private static String withWrongCheckCharacter(String anyId) {
		String first17 = anyId.substring(0, 17);
		char right = PrcResidentId.checkCharacter(first17);
		return first17 + (right == '1' ? '2' : '1');
	}

	/** Unique personal data, so that a hit in the database can only come from this test. */
	record Secrets(String idNumber, String bankAccount, String address) {

		static Secrets fresh() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			String first17 = "110105" + "19880315" + String.format("%03d", random.nextInt(1000));
			String bank = "6222" + String.format("%015d", random.nextLong(1_000_000_000_000_000L));
			String address = "北京市朝阳区隐私测试路" + UUID.randomUUID().toString().substring(0, 8) + "号";
			return new Secrets(withCheckCharacter(first17), bank, address);
		}

		String[] plaintexts() {
			return new String[] { idNumber, bankAccount, address };
		}
	}
}
