package io.renloop.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds recruitment test data through the API as hr@demo (or another HR login): fresh positions (so that headcount plans of
 * different tests never meet), competency models and requisitions.
 */
public final class RecruitmentFixtures {

	private final ApiClient hr;

	public RecruitmentFixtures(int port) {
		this(port, "hr@demo.example");
	}

	/** Builds as {@code login}, e.g. hr@acme.example for the other tenant. */
	RecruitmentFixtures(int port, String login) {
		this.hr = ApiClient.as(port, login);
	}

	/** A new position with a planned headcount in the department and nobody filling it. */
	UUID positionWithPlan(UUID departmentId, int planned) {
		ApiClient.Response position = hr.post("/api/v1/positions",
				Map.of("code", TestUsers.unique("RQ"), "name", "安全工程师 " + TestUsers.unique("P")));
		assertThat(position.status()).as(position.body()).isEqualTo(201);
		UUID positionId = UUID.fromString(position.json().get("id").asString());
		ApiClient.Response plan = hr.put("/api/v1/headcount-plans",
				Map.of("departmentId", departmentId, "positionId", positionId, "planned", planned));
		assertThat(plan.status()).as(plan.body()).isEqualTo(200);
		return positionId;
	}

	/** A DRAFT requisition; returns its id. */
	String draftRequisition(UUID positionId, UUID departmentId, int headcount) {
		ApiClient.Response created = hr.post("/api/v1/requisitions",
				Map.of("positionId", positionId, "departmentId", departmentId, "headcount", headcount));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static Map<String, Object> safetyEngineerModel() {
		return Map.of("dimensions",
				List.of(Map.of("name", "安全意识", "weight", 0.4), Map.of("name", "技能熟练度", "weight", 0.35),
						Map.of("name", "职业素养", "weight", 0.25)),
				"mustHaves",
				Map.of("minYearsExperience", 3, "minEducation", "BACHELOR", "requiredCertificates",
						List.of("注册安全工程师"), "requiredSkills", List.of("隐患排查")),
				"niceToHaves", List.of(Map.of("kind", "SKILL", "name", "AutoCAD", "weight", 0.2)), "descriptionZh",
				"负责矿井安全管理与隐患排查。", "descriptionEn", "Runs mine safety management and hazard checks.");
	}

	/** An OPEN requisition with room for many hires in a fresh position of the department. */
	public String openRequisition(UUID departmentId) {
		String id = draftRequisition(positionWithPlan(departmentId, 50), departmentId, 10);
		ApiClient.Response opened = hr.post("/api/v1/requisitions/" + id + "/open", null);
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		return id;
	}

	/**
	 * A line of 50 random eight-letter references: enough distinct trigrams that two resumes from one template
	 * stay far apart in SimHash (four UUIDs share too many hex trigrams and collided within 3 bits in about 2 %
	 * of pairs, so a test's applicant was taken for another test's).
	 */
	static String randomProjects() {
		return "项目编号" + randomReferences();
	}

	/** Fifty random eight-letter words. */
	static String randomReferences() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder line = new StringBuilder();
		for (int word = 0; word < 50; word++) {
			line.append(' ');
			for (int letter = 0; letter < 8; letter++) {
				line.append((char) ('a' + random.nextInt(26)));
			}
		}
		return line.toString();
	}

	/** A phone number no other test uses. */
	public static String uniquePhone() {
		return "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
	}

	/**
	 * A resume without contact details, so that only its text can identify the person; a project line of
	 * random references keeps it far from every other resume of the shared test database.
	 */
	static String resumeWithoutContacts(String name, String school, String employer) {
		return """
				个人简历
				姓名：%s
				教育背景
				2008.09-2012.06  %s  采矿工程  本科
				工作经历
				2015年7月—2019年6月  %s  采矿工程师
				· 负责综采工作面生产技术管理，组织瓦斯检测与通风管理，编制作业规程与安全技术措施
				2019年7月—至今  陕西煤业化工集团有限责任公司  安全部经理
				· 负责安全生产管理和隐患排查，带领12人团队，推动双重预防机制建设
				专业技能
				采煤机操作、瓦斯检测、安全生产管理、AutoCAD、Excel
				证书
				注册安全工程师、特种作业操作证
				项目经历
				%s
				""".formatted(name, school, employer, randomProjects());
	}
}
