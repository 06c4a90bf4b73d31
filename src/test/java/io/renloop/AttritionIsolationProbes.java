package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.analytics.internal.attrition.HrAttritionGenerator;
import io.renloop.support.ApiClient;
import io.renloop.support.Multipart;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attrition endpoints' isolation probes for {@link TenantIsolationTests}: a demo model is unknown to acme (card,
 * list, predictions), acme's risks and retraining never touch demo's people, and a demo unit is unknown to acme.
 */
final class AttritionIsolationProbes {

	private static final String MODELS = "/api/v1/analytics/attrition/models";

	private final JdbcTemplate jdbc;

	private final String demoModel;

	private final UUID demoDepartment;

	AttritionIsolationProbes(JdbcTemplate jdbc, ApiClient demoHr, UUID demoDepartment) {
		this.jdbc = jdbc;
		this.demoDepartment = demoDepartment;
		ApiClient.Response trained = Multipart.form(Map.of("target", "Attrition", "positive", "Yes"), "file",
				"people.csv", HrAttritionGenerator.csv(300, true, 99)).postTo(demoHr, MODELS);
		assertThat(trained.status()).as(trained.body()).isEqualTo(201);
		this.demoModel = trained.json().path("modelId").asString();
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(
				entry("POST /api/v1/analytics/attrition/models", new Probe("acmeModelIsAcmes", acme -> {
					ApiClient.Response trained = Multipart.form(Map.of("target", "Attrition", "positive", "Yes"),
							"file", "people.csv", HrAttritionGenerator.csv(300, true, 98)).postTo(acme, MODELS);
					assertThat(trained.status()).isEqualTo(201);
					String id = trained.json().path("modelId").asString();
					assertThat(jdbc.queryForObject("select tenant_id from analytics.attrition_model where id = ?",
							String.class, UUID.fromString(id))).isNotEqualTo(DEMO);
				})),
				entry("POST /api/v1/analytics/attrition/models/{modelId}/predict", new Probe("acmeCannotUseDemoModel",
						acme -> assertProblem(Multipart.file("file", "p.csv", HrAttritionGenerator.csv(3, true, 97))
							.postTo(acme, MODELS + "/" + demoModel + "/predict"), 404))),
				entry("GET /api/v1/analytics/attrition/models", new Probe("acmeListsNoDemoModel",
						acme -> assertThat(acme.get(MODELS).body()).doesNotContain(demoModel))),
				entry("GET /api/v1/analytics/attrition/models/{modelId}", new Probe("acmeCannotReadDemoCard",
						acme -> assertProblem(acme.get(MODELS + "/" + demoModel), 404))),
				entry("POST /api/v1/analytics/attrition/models/tenant", new Probe("acmeRetrainsOnAcmesPeopleOnly",
						acme -> {
							Integer demoModels = demoTenantModels();
							ApiClient.Response response = acme.post(MODELS + "/tenant", null);
							assertThat(response.status()).isIn(201, 409);
							assertThat(demoTenantModels()).isEqualTo(demoModels);
						})),
				entry("GET /api/v1/analytics/attrition-risk", new Probe("acmeSeesNoDemoRiskOrUnit", acme -> {
					assertProblem(acme.get("/api/v1/analytics/attrition-risk?departmentId=" + demoDepartment), 404);
					ApiClient.Response all = acme.get("/api/v1/analytics/attrition-risk");
					assertThat(all.status()).isIn(200, 409);
					jdbc.queryForList("select employee_id::text from analytics.person_fact where tenant_id = ? limit 50",
							String.class, DEMO).forEach(id -> assertThat(all.body()).doesNotContain(id));
				})));
	}

	private Integer demoTenantModels() {
		return jdbc.queryForObject("select count(*) from analytics.attrition_model where tenant_id = ? and source = 'TENANT'",
				Integer.class, DEMO);
	}
}
