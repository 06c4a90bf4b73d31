package io.renloop.platform.web;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security finding "raw message keys like entity.Requisition in 404 details" and "/api/v1/exports/bogus says
 * Import kind": the detail of a 404 names the missing thing in the caller's language.
 */
@RenloopIntegrationTest
class NotFoundDetailsAreHumanTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"/api/v1/requisitions/{id}              | Requisition does not exist or is not visible to you. | 招聘需求不存在或您无权查看。",
			"/api/v1/offers/{id}                    | Offer does not exist or is not visible to you.       | 录用通知不存在或您无权查看。",
			"/api/v1/ai-interviews/{id}/report      | AI interview does not exist or is not visible to you. | AI 面试不存在或您无权查看。",
			"/api/v1/candidates/{id}/export         | Candidate does not exist or is not visible to you.   | 候选人不存在或您无权查看。",
			"/api/v1/exports/bogus                  | Export kind does not exist or is not visible to you. | 导出类型不存在或您无权查看。" })
	void detailNamesTheMissingThingInBothLanguages(String path, String english, String chinese) {
		String url = path.replace("{id}", UUID.randomUUID().toString());
		ApiClient hr = ApiClient.as(port, "hr@demo.example");

		assertThat(assertProblem(hr.get(url), 404).get("detail").asString()).isEqualTo(english);
		assertThat(assertProblem(hr.inLanguage("zh-CN").get(url), 404).get("detail").asString()).isEqualTo(chinese);
	}
}
