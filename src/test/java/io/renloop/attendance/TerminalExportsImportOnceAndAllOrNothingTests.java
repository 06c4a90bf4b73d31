package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * HR imports a GBK export of an old terminal: a dry run counts without saving, the import keeps the punches as
 * clock events of source IMPORT that count in the daily results, and the same file again adds nothing. A file with
 * an unknown employee number saves nothing and lists the row (422); a file without a time column is 400.
 */
@RenloopIntegrationTest
class TerminalExportsImportOnceAndAllOrNothingTests {

	static final Charset GBK = Charset.forName("GBK");

	static final String PATH = "/api/v1/attendance/clock-events/file";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDryRunCountsTheImportKeepsAndTheSecondImportAddsNothing() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID clerk = new DemoData(jdbc).someEmployeeIn(DEMO, "FIN");
		String number = jdbc.queryForObject("select employee_no from employee.employee where id = ?", String.class, clerk);
		String device = "old-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate day = LocalDate.of(2026, 12, 1);
		byte[] export = ("工号,日期,时间,设备\n" + number + "," + day.toString().replace('-', '/') + ",7:58," + device + "\n"
				+ number + "," + day + ",17:31:05," + device + "\n").getBytes(GBK);

		JsonNode dry = hr.postFile(PATH + "?dryRun=true", "file", "考勤机.csv", export).json();
		assertThat(dry.get("dryRun").asBoolean()).isTrue();
		assertThat(dry.get("accepted").asInt()).isEqualTo(2);
		assertThat(events(device)).isZero();

		ApiClient.Response imported = hr.postFile(PATH, "file", "考勤机.csv", export);
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().get("accepted").asInt()).isEqualTo(2);
		assertThat(events(device)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from attendance.clock_event where device_id = ? and source = "
				+ "'IMPORT'", Long.class, device)).isEqualTo(2);
		JsonNode result = hr.get("/api/v1/attendance/daily?employeeId=" + clerk + "&from=" + day + "&to=" + day).json()
			.get(0);
		assertThat(result.get("firstIn").asString()).isEqualTo("2026-11-30T23:58:00Z");

		JsonNode again = hr.postFile(PATH, "file", "考勤机.csv", export).json();
		assertThat(again.get("accepted").asInt()).isZero();
		assertThat(again.get("duplicates").asInt()).isEqualTo(2);
		assertThat(hr.postFile(PATH + "?dryRun=true", "file", "考勤机.csv", export).json().get("duplicates").asInt())
			.isEqualTo(2);
		assertThat(events(device)).isEqualTo(2);
	}

	@Test
	void anUnknownEmployeeSavesNothingAndNamesItsRow() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String number = jdbc.queryForObject("select employee_no from employee.employee where tenant_id = ? limit 1",
				String.class, DEMO);
		String device = "old-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] export = ("employeeNo,time,deviceId\n" + number + ",2026-12-01 08:01," + device + "\nNOBODY-1,2026-12-01 "
				+ "08:02," + device + "\n" + number + ",2099-01-01 08:00," + device + "\n").getBytes(StandardCharsets.UTF_8);
		JsonNode problem = assertProblem(hr.postFile(PATH, "file", "export.csv", export), 422);
		assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("employeeNo");
		assertThat(problem.get("errors").get(1).get("row").asInt()).isEqualTo(4);
		assertThat(events(device)).isZero();

		JsonNode noTime = assertProblem(hr.postFile(PATH, "file", "export.csv",
				"工号,姓名\n1,王五\n".getBytes(StandardCharsets.UTF_8)), 400);
		assertThat(noTime.toString()).contains("file");
	}

	@Test
	void onlyAttendanceAdministratorsImport() {
		assertProblem(ApiClient.as(port, "employee@demo.example").postFile(PATH, "file", "export.csv",
				"工号,时间\n1,2026-12-01 08:00\n".getBytes(StandardCharsets.UTF_8)), 403);
	}

	private long events(String device) {
		return jdbc.queryForObject("select count(*) from attendance.clock_event where tenant_id = ? and device_id = ?",
				Long.class, DEMO, device);
	}
}
