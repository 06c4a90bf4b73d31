package io.renloop.platform.web;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security finding "GET /error gives 500": the error path asked for directly, with no error behind it, is a path
 * with nothing there, answered 404 as a problem or as the error page.
 */
@RenloopIntegrationTest
class ErrorPathIsNotAServerErrorTests {

	@LocalServerPort
	int port;

	@Test
	void apiClientsGetANotFoundProblem() {
		assertProblem(ApiClient.anonymous(port).get("/error"), 404);
		assertProblem(ApiClient.as(port, "hr@demo.example").get("/error/problem"), 404);
	}

	@Test
	void browsersGetTheNotFoundPage() {
		BrowserSession.Page page = new BrowserSession(port).get("/error");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("404");
	}
}
