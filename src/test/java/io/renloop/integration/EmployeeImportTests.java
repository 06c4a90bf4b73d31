package io.renloop.integration;

import static io.renloop.integration.TestSheets.EMPLOYEE_HEADER;
import static io.renloop.integration.TestSheets.employee;
import static io.renloop.integration.TestSheets.unique;
import static io.renloop.integration.TestSheets.validIdNumber;
import static io.renloop.integration.TestSheets.wrongChecksum;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RenloopIntegrationTest
class EmployeeImportTests {

	@LocalServerPort
	int port;

	ImportApi hr;

	String prefix;

	@BeforeEach
	void setUp() {
		hr = ImportApi.as(port, "hr@demo.example");
		prefix = "IMP" + unique() + "-";
	}

	@Test
	void dryRunOfAValidFileReportsNoProblemsAndSavesNothing() {
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER,
				List.of(employee(prefix + "1", "张三", "IT", "JAVA-DEV", "SNE00001", validIdNumber("1990-01-01", 11)),
						employee(prefix + "2", "李四", "IT", "JAVA-DEV", prefix + "1", validIdNumber("1992-05-17", 12))));
		long before = hr.employeeCount();

		JsonNode job = hr.run("employees", true, "new-hires.xlsx", file);

		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("dryRun").asBoolean()).isTrue();
		assertThat(job.get("errors")).isEmpty();
		assertThat(job.get("processed").asInt()).isEqualTo(2);
		assertThat(job.get("total").asInt()).isEqualTo(2);
		assertThat(job.get("saved").asInt()).isZero();
		assertThat(hr.employeeCount()).isEqualTo(before);
		assertThat(found(prefix)).isZero();
	}

	@Test
	void largeFileIsCheckedCompletely() {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 250; i++) {
			rows.add(employee(prefix + i, "员工" + i, "IT", "JAVA-DEV", i == 1 ? "SNE00001" : prefix + 1,
					validIdNumber("1991-06-15", i)));
		}

		JsonNode job = hr.run("employees", true, "many.csv", TestSheets.csv(EMPLOYEE_HEADER, rows));

		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("processed").asInt()).isEqualTo(250);
		assertThat(job.get("total").asInt()).isEqualTo(250);
		assertThat(found(prefix)).isZero();
	}

	@Test
	void importSavesEveryRowWithManagersDefinedLaterInTheFile() {
		String idNumber = validIdNumber("1995-02-03", 21);
		List<String> chineseHeader = List.of("工号", "姓名", "部门编码", "岗位编码", "上级工号", "入职日期", "状态", "邮箱", "手机",
				"身份证号", "银行账号", "住址");
		byte[] file = TestSheets.csv(chineseHeader,
				List.of(employee(prefix + "2", "王五", "IT", "JAVA-DEV", prefix + "1", idNumber),
						employee(prefix + "1", "赵六", "IT", "TEAM-LEAD", "SNE00001", validIdNumber("1985-07-08", 22))));

		JsonNode job = hr.run("employees", false, "入职名单.csv", file);

		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("saved").asInt()).isEqualTo(2);
		JsonNode report = hr.get("/api/v1/employees?q=" + prefix + "2").json().at("/content/0");
		JsonNode manager = hr.get("/api/v1/employees?q=" + prefix + "1").json().at("/content/0");
		JsonNode details = hr.get("/api/v1/employees/" + report.get("id").asString()).json();
		assertThat(details.get("managerId").asString()).isEqualTo(manager.get("id").asString());
		assertThat(details.get("departmentName").asString()).isEqualTo("信息技术室");
		assertThat(details.at("/personalData/idNumber").asString())
			.isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
	}

	@Test
	void duplicateEmployeeNumberInTheFileIsARowErrorAndNothingIsSaved() {
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER,
				List.of(employee(prefix + "1", "张三", "IT", "JAVA-DEV", null, validIdNumber("1990-01-01", 31)),
						employee(prefix + "1", "李四", "IT", "JAVA-DEV", null, validIdNumber("1990-01-02", 32))));
		long before = hr.employeeCount();

		JsonNode job = hr.run("employees", false, "twice.xlsx", file);

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(errors(job)).containsExactly("3|employeeNo|error.import.duplicateInFile");
		assertThat(job.at("/errors/0/message").asString()).isEqualTo(prefix + "1 already appears on row 2 of this file.");
		assertThat(job.get("saved").asInt()).isZero();
		assertThat(hr.employeeCount()).isEqualTo(before);
	}

	@Test
	void employeeNumberAlreadyUsedInTheTenantIsARowErrorAndNothingIsSaved() {
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER,
				List.of(employee(prefix + "1", "张三", "IT", "JAVA-DEV", null, validIdNumber("1990-01-01", 41)),
						employee("SNE00001", "李四", "IT", "JAVA-DEV", null, validIdNumber("1990-01-02", 42))));
		long before = hr.employeeCount();

		JsonNode job = hr.run("employees", false, "existing.xlsx", file);

		assertThat(errors(job)).containsExactly("3|employeeNo|error.employee.numberTaken");
		assertThat(job.at("/errors/0/message").asString()).isEqualTo("The employee number SNE00001 is already used.");
		assertThat(hr.employeeCount()).isEqualTo(before);
		assertThat(found(prefix)).isZero();
	}

	@Test
	void invalidIdNumberIsARowErrorAndNothingIsSaved() {
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER,
				List.of(employee(prefix + "1", "张三", "IT", "JAVA-DEV", null, validIdNumber("1990-01-01", 51)),
						employee(prefix + "2", "李四", "IT", "JAVA-DEV", null, wrongChecksum(validIdNumber("1990-01-01", 52))),
						employee(prefix + "3", "王五", "IT", "JAVA-DEV", null, validIdNumber("1990-01-01", 53))));
		long before = hr.employeeCount();

		JsonNode job = hr.run("employees", false, "ids.xlsx", file);

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(errors(job)).containsExactly("3|idNumber|validation.prcId.checksum");
		assertThat(job.at("/errors/0/message").asString()).isEqualTo("The resident ID check digit is wrong.");
		assertThat(job.get("processed").asInt()).isEqualTo(3);
		assertThat(hr.employeeCount()).isEqualTo(before);
		assertThat(found(prefix)).isZero();
	}

	@Test
	void problemsAreReportedInTheLanguageOfTheUser() {
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER,
				List.of(employee(prefix + "1", "张三", "IT", "JAVA-DEV", null, wrongChecksum(validIdNumber("1990-01-01", 61)))));

		JsonNode job = hr.inLanguage("zh-CN").run("employees", true, "ids.xlsx", file);

		assertThat(job.at("/errors/0/message").asString()).isEqualTo("身份证号校验码错误。");
	}

	@Test
	void everyProblemOfEveryRowIsReportedAtOnce() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(employee(prefix + "1", "", "IT", "JAVA-DEV", null, null));
		rows.add(employee(prefix + "2", "李四", "NO-SUCH-UNIT", "JAVA-DEV", "NOBODY", null));
		List<String> badDate = employee(prefix + "3", "王五", "IT", "JAVA-DEV", null, null);
		badDate.set(5, "2026-13-45");
		rows.add(badDate);
		List<String> badStatus = employee(prefix + "4", "赵六", "IT", "JAVA-DEV", null, null);
		badStatus.set(6, "HIRED");
		badStatus.set(7, "not-an-e-mail");
		rows.add(badStatus);

		JsonNode job = hr.run("employees", true, "messy.xlsx", TestSheets.xlsx(EMPLOYEE_HEADER, rows));

		assertThat(errors(job)).containsExactlyInAnyOrder("2|name|validation.required",
				"3|departmentCode|error.import.unknownDepartment", "3|managerNo|error.import.unknownManager",
				"4|hireDate|error.import.badDate", "5|status|error.import.badChoice", "5|email|validation.Email");
	}

	@Test
	void jobsOfAnotherTenantAreNotFound() {
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER,
				List.of(employee(prefix + "1", "张三", "IT", "JAVA-DEV", null, null)));
		ImportApi.Reply started = hr.upload("employees", true, "mine.xlsx", file);

		ImportApi.Reply foreign = ImportApi.as(port, "hr@acme.example")
			.get("/api/v1/imports/jobs/" + started.json().get("jobId").asString());

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.contentType()).startsWith("application/problem+json");
	}

	@Test
	void importNeedsTheImportPermission() {
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER, List.of(employee(prefix + "1", "张三", "IT", null, null, null)));

		ImportApi.Reply refused = ImportApi.as(port, "employee@demo.example").upload("employees", true, "x.xlsx", file);

		assertThat(refused.status()).isEqualTo(403);
	}

	private long found(String numberPrefix) {
		return hr.get("/api/v1/employees?size=1&q=" + numberPrefix).json().at("/page/totalElements").asLong();
	}

	/** Errors as row|column|code. */
	static List<String> errors(JsonNode job) {
		List<String> errors = new ArrayList<>();
		job.get("errors").forEach(e -> errors.add((e.get("row").isNull() ? "file" : e.get("row").asString()) + "|"
				+ (e.get("column").isNull() ? "-" : e.get("column").asString()) + "|" + e.get("code").asString()));
		return errors;
	}
}
