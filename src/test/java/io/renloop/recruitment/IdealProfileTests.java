package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.TenantContext;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The ideal profile of a position counts what its current employees have in common: four employees hired into a
 * fresh position, with known certificates, degrees and tenure.
 */
@RenloopIntegrationTest
class IdealProfileTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	UUID position;

	/** The employees hired into the position, in the order of {@link #staffFreshPosition()}. */
	List<UUID> hired = new java.util.ArrayList<>();

	@Autowired
	TopPerformers topPerformers;

	@BeforeEach
	void staffFreshPosition() {
		hr = ApiClient.as(port, "hr@demo.example");
		UUID department = new DemoData(jdbc).departmentId(DEMO, "MINING");
		position = UUID.fromString(hr.post("/api/v1/positions",
				Map.of("code", TestUsers.unique("IP"), "name", "通风安全员 " + TestUsers.unique("P")))
			.json()
			.get("id")
			.asString());
		hire(department, 2, "本科", List.of("注册安全工程师"));
		hire(department, 4, "本科", List.of("注册安全工程师", "特种作业操作证"));
		hire(department, 6, "硕士研究生", List.of("注册安全工程师"));
		hire(department, 8, "本科", List.of());
	}

	@Test
	void suggestsWhatMostEmployeesHaveWithItsSupport() {
		JsonNode profile = idealProfile("en");

		assertThat(profile.at("/basedOn/employees").asInt()).isEqualTo(4);
		assertThat(profile.at("/basedOn/topPerformers").isNull()).isTrue();
		assertThat(profile.at("/requiredCertificates/0/value").asString()).isEqualTo("注册安全工程师");
		assertThat(profile.at("/requiredCertificates/0/employees").asInt()).isEqualTo(3);
		assertThat(profile.at("/requiredCertificates/0/support").asString()).isEqualTo("3 of 4 employees");
		assertThat(profile.at("/requiredCertificates").size()).isEqualTo(1);
		assertThat(profile.at("/niceToHaves/0/value/name").asString()).isEqualTo("特种作业操作证");
		assertThat(profile.at("/niceToHaves/0/value/kind").asString()).isEqualTo("CERTIFICATE");
		assertThat(profile.at("/niceToHaves/0/value/weight").decimalValue()).isEqualByComparingTo("0.25");
		assertThat(profile.at("/minEducation/value").asString()).isEqualTo("BACHELOR");
		assertThat(profile.at("/minEducation/employees").asInt()).isEqualTo(4);
		assertThat(profile.at("/minYearsExperience/value").asInt()).isEqualTo(5);
		assertThat(profile.at("/minYearsExperience/employees").asInt()).isEqualTo(2);
		assertThat(profile.get("explanation").asString()).contains("all 4 active employees", "no performance ratings");
	}

	@Test
	void learnsFromTheTopPerformersOnceThreeOfThemHavePublishedResults() {
		TenantContext.runAs(DEMO, () -> topPerformers.record("2026 第三季度", Instant.now(), Map.of(hired.get(0), "A",
				hired.get(1), "S", hired.get(2), "A", hired.get(3), "C"), Set.of("S", "A")));

		JsonNode profile = idealProfile("en");

		assertThat(profile.at("/basedOn/employees").asInt()).isEqualTo(3);
		assertThat(profile.at("/basedOn/topPerformers").asInt()).isEqualTo(3);
		assertThat(profile.at("/requiredCertificates/0/support").asString()).isEqualTo("3 of 3 employees");
		assertThat(profile.get("explanation").asString()).contains("3 top performers", "4 active employees",
				"2026 第三季度");
	}

	@Test
	void explainsInTheReadersLanguageWithoutNames() {
		JsonNode profile = idealProfile("zh-CN");

		assertThat(profile.at("/requiredCertificates/0/support").asString()).isEqualTo("4 人中 3 人");
		assertThat(profile.get("explanation").asString()).contains("全部 4 名在岗员工");
		assertThat(profile.toString()).doesNotContain("理想员工");
	}

	private JsonNode idealProfile(String language) {
		ApiClient.Response response = ApiClient.as(port, "recruiter@demo.example")
			.inLanguage(language)
			.get("/api/v1/positions/" + position + "/ideal-profile");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private void hire(UUID department, int yearsAgo, String degree, List<String> certificates) {
		Map<String, Object> employee = new HashMap<>();
		employee.put("employeeNo", TestUsers.unique("IP"));
		employee.put("name", "理想员工" + yearsAgo);
		employee.put("departmentId", department);
		employee.put("positionId", position);
		employee.put("hireDate", LocalDate.now().minusYears(yearsAgo).minusMonths(1).toString());
		employee.put("education", List.of(Map.of("school", "中国矿业大学", "degree", degree)));
		employee.put("certificates", certificates.stream().map(name -> Map.of("name", name)).toList());
		ApiClient.Response hired = hr.post("/api/v1/employees", employee);
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		this.hired.add(UUID.fromString(hired.json().get("id").asString()));
	}
}
