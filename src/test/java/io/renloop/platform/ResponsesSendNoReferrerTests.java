package io.renloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Candidates' offer, interview and onboarding links carry their secret token in the path; with
 * {@code Referrer-Policy: no-referrer} a browser never passes that address on to a site the page links to or loads
 * from. Every answer carries the header, pages and API alike, whatever its status.
 */
@RenloopIntegrationTest
class ResponsesSendNoReferrerTests {

	/** The shape of an offer's or onboarding link's random token: 43 base64url characters. */
	static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/offer/" + TOKEN, "/onboarding/" + TOKEN, "/interview/bm90LWEtdG9rZW4.c2lnbmF0dXJl",
			"/login", "/careers/demo", "/", "/api/v1/candidate-offers/" + TOKEN,
			"/api/v1/onboarding/" + TOKEN, "/api/v1/departments" })
	void answersCarryNoReferrerPolicy(String path) throws IOException, InterruptedException {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.discarding());

		assertThat(response.headers().firstValue("Referrer-Policy")).as("%s answered %d", path, response.statusCode())
			.contains("no-referrer");
	}
}
