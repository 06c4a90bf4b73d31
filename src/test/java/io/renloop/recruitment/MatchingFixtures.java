package io.renloop.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * Requisitions with a mine-safety competency model, applicants with contrasting resumes, and waiting for the
 * background scoring and indexing that follow an application.
 */
final class MatchingFixtures {

	static final Duration BACKGROUND = Duration.ofSeconds(120);

	private final int port;

	private final String login;

	MatchingFixtures(int port, String login) {
		this.port = port;
		this.login = login;
	}

	/** Must-haves a mine-safety engineer's resume meets and a salesperson's does not. */
	static Map<String, Object> mineSafetyModel() {
		return Map.of("dimensions",
				List.of(Map.of("name", "安全意识", "weight", 0.5), Map.of("name", "技能熟练度", "weight", 0.5)),
				"mustHaves",
				Map.of("minYearsExperience", 3, "minEducation", "BACHELOR", "requiredCertificates",
						List.of("注册安全工程师"), "requiredSkills", List.of("安全生产管理")),
				"niceToHaves", List.of(Map.of("kind", "SKILL", "name", "瓦斯检测", "weight", 0.5)), "descriptionZh",
				"煤矿安全工程师：负责矿井安全生产管理、隐患排查、瓦斯检测与通风管理，持注册安全工程师证书。",
				"descriptionEn", "Coal-mine safety engineer: safety management, hazard checks, gas detection.");
	}

	/** An OPEN requisition of a fresh position whose competency model is {@code model}. */
	String openRequisition(UUID departmentId, Map<String, Object> model) {
		RecruitmentFixtures fixtures = new RecruitmentFixtures(port, login);
		UUID position = fixtures.positionWithPlan(departmentId, 50);
		ApiClient.Response saved = api().put("/api/v1/positions/" + position + "/competency-model", model);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		String id = fixtures.draftRequisition(position, departmentId, 10);
		ApiClient.Response opened = api().post("/api/v1/requisitions/" + id + "/open", null);
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		return id;
	}

	/** Applies with {@code resume}; returns the receipt with candidateId and applicationId. */
	JsonNode apply(String requisitionId, String name, String resume) {
		ApiClient.Response applied = api().post("/api/v1/requisitions/" + requisitionId + "/applications", Map.of("name",
				name, "phone", RecruitmentFixtures.uniquePhone(), "text", resume, "channel", "LIEPIN", "consent", true));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		return applied.json();
	}

	/** A coal-mine safety engineer with 注册安全工程师, tagged with {@code marker}. */
	static String mineSafetyEngineer(String name, String marker) {
		return RecruitmentFixtures.resumeWithoutContacts(name, "中国矿业大学", "山西焦煤集团有限责任公司") + marker + "\n";
	}

	/** A salesperson without any safety qualification, tagged with {@code marker}. */
	static String salesperson(String name, String marker) {
		return """
				个人简历
				姓名：%s
				教育背景
				2010.09-2014.06  广东外语外贸大学  市场营销  本科
				工作经历
				2014年7月—至今  广州华南日用品贸易有限公司  销售经理
				· 负责华南区客户开发与维护，完成年度销售指标，组织门店促销活动
				专业技能
				客户关系管理、商务谈判、Excel
				项目经历
				%s
				%s
				""".formatted(name, RecruitmentFixtures.randomProjects(), marker);
	}

	/** A word no other resume contains, to find one candidate in the talent pool. */
	static String marker() {
		return "标记" + UUID.randomUUID().toString().replace("-", "");
	}

	/** The talent-pool hits of {@code query} as this fixture's login. */
	JsonNode search(String query) {
		ApiClient.Response found = api()
			.get("/api/v1/talent-pool/search?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		return found.json();
	}

	/** Waits until the talent pool finds (or no longer finds) the candidate by {@code query}. */
	void awaitFound(String query, String candidateId, boolean found) {
		Awaitility.await()
			.atMost(BACKGROUND)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> candidateIds(search(query)).contains(candidateId) == found);
	}

	static List<String> candidateIds(JsonNode hits) {
		return hits.valueStream().map(hit -> hit.get("candidateId").asString()).toList();
	}

	private ApiClient api() {
		return ApiClient.as(port, login);
	}
}
