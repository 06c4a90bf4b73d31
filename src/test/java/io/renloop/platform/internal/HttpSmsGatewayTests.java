package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.SmsMessage;
import io.renloop.platform.internal.StubHttpServer.Received;
import io.renloop.platform.internal.TextDelivery.Status;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP SMS adapter against a local stub gateway. */
class HttpSmsGatewayTests {

	static final StubHttpServer gateway = new StubHttpServer();

	static final JsonMapper json = JsonMapper.builder().build();

	static final SmsMessage CODE = new SmsMessage("demo", "13812345678", "您的验证码是 482913，10 分钟内有效。");

	@BeforeEach
	void reset() {
		gateway.forget();
		gateway.answering(200, "{\"id\":\"m-1\"}");
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@Test
	void postsRecipientTextAndSignWithTheKeyAsBearerToken() {
		TextDelivery delivery = adapter(gateway.url("/sms/send"), Duration.ofSeconds(5)).deliver(CODE);

		assertThat(delivery).isEqualTo(TextDelivery.sent());
		Received request = gateway.received().get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.uri().getPath()).isEqualTo("/sms/send");
		assertThat(request.authorization()).isEqualTo("Bearer sms-secret");
		assertThat(request.contentType()).startsWith("application/json");
		JsonNode body = json.readTree(request.body());
		assertThat(body.get("to").asString()).isEqualTo("13812345678");
		assertThat(body.get("text").asString()).isEqualTo("您的验证码是 482913，10 分钟内有效。");
		assertThat(body.get("sign").asString()).isEqualTo("人联");
	}

	@Test
	void serverErrorIsAFailureWithTheStatus() {
		gateway.answering(500, "{\"error\":\"quota exceeded\"}");

		TextDelivery delivery = adapter(gateway.url("/sms/send"), Duration.ofSeconds(5)).deliver(CODE);

		assertThat(delivery.status()).isEqualTo(Status.FAILED);
		assertThat(delivery.error()).startsWith("HTTP 500").contains("quota exceeded");
	}

	@Test
	void refusedRequestIsAFailureWithTheStatus() {
		gateway.answering(401, "");

		assertThat(adapter(gateway.url("/sms/send"), Duration.ofSeconds(5)).deliver(CODE).error()).isEqualTo("HTTP 401");
	}

	@Test
	void slowGatewayIsAFailureAfterTheTimeout() {
		gateway.answeringAfter(Duration.ofSeconds(2));
		long started = System.nanoTime();

		TextDelivery delivery = adapter(gateway.url("/sms/send"), Duration.ofMillis(300)).deliver(CODE);

		assertThat(delivery.status()).isEqualTo(Status.FAILED);
		assertThat(delivery.error()).isEqualTo("no answer within 300 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1900));
	}

	@Test
	void unreachableGatewayIsAFailure() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		TextDelivery delivery = adapter("http://127.0.0.1:" + closedPort + "/sms", Duration.ofSeconds(2)).deliver(CODE);

		assertThat(delivery.status()).isEqualTo(Status.FAILED);
		assertThat(delivery.error()).startsWith("unreachable");
	}

	@Test
	void withoutGatewayNothingIsSent() {
		TextDelivery delivery = adapter("", Duration.ofSeconds(5)).deliver(CODE);

		assertThat(delivery.status()).isEqualTo(Status.NOT_CONFIGURED);
		assertThat(gateway.received()).isEmpty();
	}

	private static HttpSmsGateway adapter(String url, Duration timeout) {
		return new HttpSmsGateway(new SmsProperties(url, "sms-secret", "人联", Duration.ofSeconds(2), timeout), json);
	}
}
