package io.renloop.analytics;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.analytics.internal.attrition.HrAttritionGenerator;
import io.renloop.support.ApiClient;
import io.renloop.support.Multipart;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * HR trains an attrition model on an uploaded table without any history in Renloop and scores another table with it:
 * protected columns are dropped and listed, the AUC is cross-validated, every prediction comes with reasons in the
 * caller's language, and each kind of bad upload is a 4xx naming what is wrong — never a 500.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttritionModelsLearnFromUploadedTablesTests {

	static final String MODELS = "/api/v1/analytics/attrition/models";

	@LocalServerPort
	int port;

	ApiClient hr;

	JsonNode created;

	@BeforeAll
	void trainOnAGeneratedTable() {
		hr = ApiClient.as(port, "hr@demo.example");
		ApiClient.Response response = train(HrAttritionGenerator.csv(800, true, 11), "Attrition", "yes",
				"EmployeeNumber");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		created = response.json();
	}

	@Test
	void theModelReportsItsSizeFeaturesAndCrossValidatedAuc() {
		assertThat(created.path("n").asInt()).isEqualTo(800);
		assertThat(created.path("auc").asDouble()).isGreaterThan(0.75);
		assertThat(created.path("features").valueStream().map(JsonNode::asString).toList()).contains("OverTime",
				"MonthlyIncome").doesNotContain("Age", "Gender", "MaritalStatus", "EmployeeNumber", "Attrition");
	}

	@Test
	void protectedAndExcludedColumnsAreListed() {
		assertThat(created.path("droppedProtected").valueStream().map(JsonNode::asString).toList())
			.containsExactly("Age", "Gender", "MaritalStatus");
		assertThat(created.path("excluded").valueStream().map(JsonNode::asString).toList())
			.containsExactly("EmployeeNumber");
	}

	@Test
	void predictionsGiveRowNumbersRisksAndReasonsInTheCallersLanguage() {
		String csv = HrAttritionGenerator.csv(30, true, 12);

		JsonNode predictions = Multipart.file("file", "new.csv", csv)
			.postTo(hr.inLanguage("zh-CN"), predict())
			.json()
			.path("predictions");

		assertThat(predictions).hasSize(30);
		assertThat(predictions.get(0).path("row").asInt()).isEqualTo(2);
		JsonNode riskiest = predictions.valueStream()
			.max((a, b) -> Double.compare(a.path("risk").asDouble(), b.path("risk").asDouble()))
			.orElseThrow();
		JsonNode reason = riskiest.path("reasons").get(0);
		assertThat(reason.path("contribution").asDouble()).isPositive();
		assertThat(reason.path("text").asString()).startsWith(reason.path("feature").asString()).contains("为");
	}

	@Test
	void aTableWithoutTheTargetColumnCanStillBeScored() {
		String csv = HrAttritionGenerator.csv(5, true, 13).replaceAll(",(Yes|No|Attrition)\n", "\n");

		ApiClient.Response response = Multipart.file("file", "new.csv", csv).postTo(hr, predict());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void aTableLackingTheModelsColumnsIsRefusedNamingThem() {
		String csv = HrAttritionGenerator.csv(5, true, 14).replace("OverTime", "Overtime2").replace("JobRole", "Role");

		JsonNode problem = assertProblem(Multipart.file("file", "new.csv", csv).postTo(hr, predict()), 400);

		assertThat(errorMessage(problem, "file")).contains("JobRole", "OverTime");
	}

	@Test
	void anUnknownTargetColumnIsRefusedNamingIt() {
		JsonNode problem = assertProblem(train(HrAttritionGenerator.csv(50, true, 15), "Left", "Yes", ""), 400);

		assertThat(errorFields(problem)).containsExactly("target");
		assertThat(errorMessage(problem, "target")).contains("Left", "Attrition");
	}

	@Test
	void aPositiveValueThatNeverOccursIsRefusedWithTheValuesSeen() {
		JsonNode problem = assertProblem(train(HrAttritionGenerator.csv(50, true, 16), "Attrition", "离职", ""), 400);

		assertThat(errorMessage(problem, "positive")).contains("离职", "Yes", "No");
	}

	@Test
	void aTargetWithOneClassOnlyIsRefusedWithTheCounts() {
		String csv = HrAttritionGenerator.csv(50, true, 17).replace(",No\n", ",Yes\n");

		JsonNode problem = assertProblem(train(csv, "Attrition", "Yes", ""), 400);

		assertThat(errorMessage(problem, "target")).contains("50", "0");
	}

	@Test
	void anUnknownExcludedColumnIsRefusedNamingIt() {
		JsonNode problem = assertProblem(train(HrAttritionGenerator.csv(50, true, 18), "Attrition", "Yes", "Salary"),
				400);

		assertThat(errorMessage(problem, "exclude")).contains("Salary");
	}

	@Test
	void anEmptyFileAndAHeaderWithoutRowsAreRefused() {
		assertThat(errorFields(assertProblem(train("", "Attrition", "Yes", ""), 400))).contains("file");
		assertThat(errorFields(assertProblem(train("Attrition,OverTime\n", "Attrition", "Yes", ""), 400)))
			.containsExactly("file");
	}

	@Test
	void aMissingFormFieldIsABadRequest() {
		Multipart noTarget = Multipart.form(Map.of("positive", "Yes"), "file", "people.csv",
				HrAttritionGenerator.csv(20, true, 19));

		assertProblem(noTarget.postTo(hr, MODELS), 400);
	}

	@Test
	void aFileOverTenMegabytesIsRefused() {
		String big = "Attrition,Note\n" + ("Yes," + "x".repeat(1000) + "\n").repeat(10_600);

		assertProblem(train(big, "Attrition", "Yes", ""), 413);
	}

	@Test
	void anotherTenantsModelIsUnknown() {
		ApiClient acme = ApiClient.as(port, "hr@acme.example");

		assertProblem(Multipart.file("file", "new.csv", HrAttritionGenerator.csv(5, true, 20)).postTo(acme, predict()),
				404);
		assertProblem(acme.get(MODELS + "/" + created.path("modelId").asString()), 404);
		assertThat(acme.get(MODELS).body()).doesNotContain(created.path("modelId").asString());
	}

	@Test
	void theModelCardShowsTheCalibrationBins() {
		JsonNode card = hr.get(MODELS + "/" + created.path("modelId").asString()).json();

		assertThat(card.path("calibration").valueStream().mapToInt(bin -> bin.path("count").asInt()).sum())
			.isEqualTo(800);
		assertThat(card.path("source").asString()).isEqualTo("UPLOAD");
	}

	@Test
	void aManagerMayNotTrainModels() {
		ApiClient manager = ApiClient.as(port, "manager@demo.example");

		assertProblem(Multipart.form(Map.of("target", "Attrition", "positive", "Yes"), "file", "p.csv",
				HrAttritionGenerator.csv(20, true, 21)).postTo(manager, MODELS), 403);
	}

	private String predict() {
		return MODELS + "/" + created.path("modelId").asString() + "/predict";
	}

	private ApiClient.Response train(String csv, String target, String positive, String exclude) {
		return Multipart.form(Map.of("target", target, "positive", positive, "exclude", exclude), "file", "people.csv", csv)
			.postTo(hr, MODELS);
	}

}
