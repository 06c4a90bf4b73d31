package io.renloop.analytics;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An unknown dashboard is a 404 problem, a bad period or drill point a 400 problem with the field named and the
 * message translated; exports come as Excel or PDF and nothing else.
 */
@RenloopIntegrationTest
class DashboardBadRequestsAreProblemsTests {

	@LocalServerPort
	int port;

	@Test
	void unknownDashboardsAndBadInputAreProblems() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient hrZh = ApiClient.as(port, "hr@demo.example").inLanguage("zh-CN");

		assertProblem(hr.get("/api/v1/analytics/no-such-dashboard"), 404);
		assertProblem(hr.get("/api/v1/analytics/no-such-dashboard/rows?series=a&x=2025-01"), 404);
		JsonNode reversed = assertProblem(hr.get("/api/v1/analytics/turnover?from=2025-06-01&to=2025-01-01"), 400);
		assertThat(errorMessage(reversed, "from")).isEqualTo("The first day must not be after the last day.");
		JsonNode reversedZh = assertProblem(hrZh.get("/api/v1/analytics/turnover?from=2025-06-01&to=2025-01-01"), 400);
		assertThat(errorMessage(reversedZh, "from")).isEqualTo("开始日期不能晚于结束日期。");
		assertProblem(hr.get("/api/v1/analytics/turnover?from=2010-01-01&to=2025-01-01"), 400);
		assertProblem(hr.get("/api/v1/analytics/turnover?from=yesterday"), 400);
		assertProblem(hr.get("/api/v1/analytics/headcount?departmentId=not-a-unit"), 400);
		assertProblem(hr.get("/api/v1/analytics/headcount?departmentId=" + UUID.randomUUID()), 404);
		assertProblem(hr.get("/api/v1/analytics/turnover/rows?series=hires&x=2025-13"), 400);
		assertProblem(hr.get("/api/v1/analytics/turnover/rows?series=hires"), 400);
		assertProblem(hr.get("/api/v1/analytics/turnover/export?format=doc"), 400);
		assertThat(hr.get("/api/v1/analytics/tenure-age/rows?series=age&x=lt25").json().size())
			.as("bands never list people").isZero();
	}

	@Test
	void dashboardsAndRowsExportToExcelAndPdf() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");

		ApiClient.Binary xlsx = hr.getBinary("/api/v1/analytics/headcount/export?format=xlsx");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		ApiClient.Binary pdf = hr.getBinary("/api/v1/analytics/turnover/export?format=pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		JsonNode headcount = hr.get("/api/v1/analytics/headcount").json();
		String unit = headcount.get("series").get(0).get("points").get(0).get("x").asString();
		ApiClient.Binary rows = hr.getBinary("/api/v1/analytics/headcount/rows/export?format=pdf&series=headcount&x=" + unit);
		assertThat(rows.status()).isEqualTo(200);
		assertThat(new String(rows.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}
}
