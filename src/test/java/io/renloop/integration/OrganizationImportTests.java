package io.renloop.integration;

import static io.renloop.integration.EmployeeImportTests.errors;
import static io.renloop.integration.TestSheets.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RenloopIntegrationTest
class OrganizationImportTests {

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
	void departmentsAreSavedUnderParentsDefinedAnywhereInTheFile() {
		byte[] file = TestSheets.csv(List.of("部门编码", "部门名称", "上级部门编码", "类型"),
				List.of(List.of(prefix + "TEAM", "数据平台组", prefix + "DEPT", "班组"),
						List.of(prefix + "DEPT", "数字化中心", "ENG", "DEPARTMENT")));

		JsonNode job = hr.run("departments", false, "departments.csv", file);

		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("saved").asInt()).isEqualTo(2);
		Map<String, JsonNode> byCode = new HashMap<>();
		hr.get("/api/v1/departments").json().forEach(d -> byCode.put(d.get("code").asString(), d));
		assertThat(byCode.get(prefix + "TEAM").get("parentId").asString())
			.isEqualTo(byCode.get(prefix + "DEPT").get("id").asString());
		assertThat(byCode.get(prefix + "TEAM").get("kind").asString()).isEqualTo("TEAM");
		assertThat(byCode.get(prefix + "DEPT").get("parentId").asString()).isEqualTo(byCode.get("ENG").get("id").asString());
	}

	@Test
	void departmentWithAFailedParentRowNamesThatRow() {
		byte[] file = TestSheets.xlsx(List.of("code", "name", "parentCode", "kind"),
				List.of(List.of(prefix + "A", "Bad parent", "NO-SUCH-UNIT", "DEPARTMENT"),
						List.of(prefix + "B", "Child", prefix + "A", "TEAM")));

		JsonNode job = hr.run("departments", true, "departments.xlsx", file);

		assertThat(errors(job)).containsExactly("2|parentCode|error.import.unknownDepartment",
				"3|parentCode|error.import.referenceNotSaved");
	}

	@Test
	void positionsNeedKnownJobFamiliesAndNewCodes() {
		byte[] file = TestSheets.xlsx(List.of("code", "name", "jobFamilyCode", "grade"),
				List.of(List.of(prefix + "P1", "数据工程师", "NO-SUCH-FAMILY", "T3"), List.of("JAVA-DEV", "Java 开发", "ENG", "T3"),
						List.of("bad code!", "名称", "ENG", "T2")));
		long before = hr.get("/api/v1/positions").json().size();

		JsonNode job = hr.run("positions", false, "positions.xlsx", file);

		assertThat(errors(job)).containsExactly("2|jobFamilyCode|error.import.unknownJobFamily",
				"3|code|error.position.codeTaken", "4|code|validation.Pattern");
		assertThat(hr.get("/api/v1/positions").json().size()).isEqualTo(before);
	}

	@Test
	void validPositionsAreSaved() {
		byte[] file = TestSheets.xlsx(List.of("岗位编码", "岗位名称", "职族编码", "职级"),
				List.of(List.of(prefix + "DATA", "数据工程师", "ENG", "T3")));

		JsonNode job = hr.run("positions", false, "positions.xlsx", file);

		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(hr.get("/api/v1/positions").text()).contains(prefix + "DATA");
	}
}
