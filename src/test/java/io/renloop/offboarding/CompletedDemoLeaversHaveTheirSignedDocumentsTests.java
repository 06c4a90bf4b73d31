package io.renloop.offboarding;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.SignatureVerifier;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The two completed demo leavers (LV001, LV002) have all three leaving documents and their link. */
@RenloopIntegrationTest
class CompletedDemoLeaversHaveTheirSignedDocumentsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "LV001", "LV002" })
	void certificateStatementAndHandoverRecordAreThere(String employeeNo) {
		UUID employee = new DemoData(jdbc).employeeId(DEMO, employeeNo);
		UUID caseId = jdbc.queryForObject("select id from offboarding.offboarding_case where tenant_id = ? and "
				+ "employee_id = ?", UUID.class, DEMO, employee);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");

		JsonNode documents = hr.get("/api/v1/offboarding/cases/" + caseId + "/documents").json();

		assertThat(documents.get("link").asString()).contains("/leaving-documents/");
		assertThat(documents.get("documents").valueStream().filter(d -> d.get("available").asBoolean())
			.map(d -> d.get("slug").asString())).containsExactly("leaving-certificate", "settlement-statement",
					"handover-record");
		ApiClient.Binary certificate = hr.getBinary("/api/v1/offboarding/cases/" + caseId
				+ "/documents/leaving-certificate");
		assertThat(certificate.status()).isEqualTo(200);
		assertThat(new SignatureVerifier().verify(certificate.body()).valid()).isTrue();
	}
}
