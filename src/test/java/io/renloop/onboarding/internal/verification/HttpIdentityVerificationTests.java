package io.renloop.onboarding.internal.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.renloop.onboarding.IdentityVerification.EducationOutcome;
import io.renloop.onboarding.IdentityVerification.IdentityOutcome;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP verification adapter against a local stub service: matches and mismatches are read from the answer; a
 * failing, slow or missing service never throws and is recorded as UNAVAILABLE or NOT_CONFIGURED.
 */
class HttpIdentityVerificationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer = "{\"result\":\"MATCH\"}";

	private volatile long delayMillis;

	@BeforeEach
	void startStub() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			requests.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization")
					+ " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			try {
				Thread.sleep(delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopStub() {
		server.stop(0);
	}

	private HttpIdentityVerification adapter(Duration timeout) {
		return new HttpIdentityVerification(new VerificationProperties(
				"http://127.0.0.1:" + server.getAddress().getPort() + "/v1/", "secret-key", timeout), JSON);
	}

	@Test
	void aMatchIsReadFromTheAnswerAndTheRequestCarriesNameNumberAndKey() {
		assertThat(adapter(Duration.ofSeconds(5)).identity("李明远", "11010519950307123X")).isEqualTo(IdentityOutcome.MATCH);
		assertThat(requests).singleElement().satisfies(request -> assertThat(request).startsWith("/v1/identity Bearer secret-key")
			.contains("\"name\":\"李明远\"", "\"idNumber\":\"11010519950307123X\""));
	}

	@Test
	void aMismatchIsReported() {
		answer = "{\"result\":\"MISMATCH\"}";
		assertThat(adapter(Duration.ofSeconds(5)).identity("李明远", "11010519950307123X"))
			.isEqualTo(IdentityOutcome.MISMATCH);
	}

	@Test
	void educationIsVerifiedOrNotFound() {
		answer = "{\"result\":\"VERIFIED\"}";
		assertThat(adapter(Duration.ofSeconds(5)).education("李明远", "中国矿业大学", "本科", "1029042017000123"))
			.isEqualTo(EducationOutcome.VERIFIED);
		answer = "{\"result\":\"NOT_FOUND\"}";
		assertThat(adapter(Duration.ofSeconds(5)).education("李明远", "中国矿业大学", "硕士", null))
			.isEqualTo(EducationOutcome.NOT_FOUND);
		assertThat(requests.get(0)).startsWith("/v1/education").contains("\"school\":\"中国矿业大学\"");
	}

	@Test
	void aServerErrorMakesTheCheckUnavailable() {
		status = 500;
		answer = "{\"error\":\"down\"}";
		assertThat(adapter(Duration.ofSeconds(5)).identity("李明远", "11010519950307123X"))
			.isEqualTo(IdentityOutcome.UNAVAILABLE);
		assertThat(adapter(Duration.ofSeconds(5)).education("李明远", "中国矿业大学", "本科", null))
			.isEqualTo(EducationOutcome.UNAVAILABLE);
	}

	@Test
	void aSlowServiceTimesOutAsUnavailable() {
		delayMillis = 2_000;
		long started = System.nanoTime();
		assertThat(adapter(Duration.ofMillis(300)).identity("李明远", "11010519950307123X"))
			.isEqualTo(IdentityOutcome.UNAVAILABLE);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
	}

	@Test
	void withoutABaseUrlNothingIsCalledAndTheCheckIsNotConfigured() {
		HttpIdentityVerification off = new HttpIdentityVerification(new VerificationProperties("", "", Duration.ofSeconds(1)),
				JSON);
		assertThat(off.identity("李明远", "11010519950307123X")).isEqualTo(IdentityOutcome.NOT_CONFIGURED);
		assertThat(off.education("李明远", "中国矿业大学", "本科", null)).isEqualTo(EducationOutcome.NOT_CONFIGURED);
		assertThat(requests).isEmpty();
	}
}
