package io.renloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RenloopIntegrationTest
class ApplicationSmokeTests {

	@LocalServerPort
	int port;

	@Test
	void healthIsUp() {
		ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void demoTenantHasAtLeastThreeHundredEmployees() {
		ApiClient.Response page = ApiClient.as(port, "hr@demo.example").get("/api/v1/employees?size=1");
		assertThat(page.json().at("/page/totalElements").asLong()).isGreaterThanOrEqualTo(300);
	}

	@Test
	void acmeHasAtLeastThirtyEmployees() {
		ApiClient.Response page = ApiClient.as(port, "hr@acme.example").get("/api/v1/employees?size=1");
		assertThat(page.json().at("/page/totalElements").asLong()).isGreaterThanOrEqualTo(30);
	}

	@Test
	void openApiIsPublished() {
		ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/employees");
	}
}
