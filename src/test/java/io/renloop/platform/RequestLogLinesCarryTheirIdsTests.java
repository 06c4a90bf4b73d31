package io.renloop.platform;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every log line of a request carries its request id (the caller's {@code X-Request-Id}, else a new one, echoed
 * back either way), and once signed in the tenant and the login's id, never its e-mail; JSON logs
 * ({@code RENLOOP_LOG_FORMAT=ecs}) write these MDC fields as fields of their own.
 */
@RenloopIntegrationTest
class RequestLogLinesCarryTheirIdsTests {

	/** The filter that writes each request's closing line at DEBUG. */
	static final String REQUEST_LOG = "io.renloop.platform.internal.RequestLogContext";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	Logger logger;

	Level before;

	@BeforeEach
	void listen() {
		logger = (Logger) LoggerFactory.getLogger(REQUEST_LOG);
		if (!Level.DEBUG.equals(logger.getLevel())) {
			before = logger.getLevel();
		}
		logger.setLevel(Level.DEBUG);
		lines.start();
		if (!logger.isAttached(lines)) {
			logger.addAppender(lines);
		}
	}

	@AfterEach
	void stopListening() {
		logger.detachAppender(lines);
		logger.setLevel(before);
	}

	@Test
	void aSignedInRequestLogsItsRequestTenantAndUserIds() {
		String requestId = "test-" + UUID.randomUUID();
		ApiClient.Response response = ApiClient.as(port, "hr@demo.example")
			.withHeader("X-Request-Id", requestId)
			.get("/api/v1/departments");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("X-Request-Id")).isEqualTo(requestId);
		Map<String, String> ids = lineOf(requestId).getMDCPropertyMap();
		UUID hr = jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class,
				"hr@demo.example");
		assertThat(ids).containsEntry("tenantId", DEMO).containsEntry("userId", hr.toString());
		assertThat(ids.values()).noneMatch(value -> value.contains("@"));
		assertThat(lineOf(requestId).getFormattedMessage()).as("the route, never a path with ids or tokens")
			.startsWith("GET /api/v1/departments answered 200 in ");
	}

	@Test
	void aRequestWithoutAnIdOrWithAnUnsafeOneGetsANewOne() {
		ILoggingEvent line = null;
		// another test starting an application context resets the logging system, which may detach this test's
		// appender between its start and the request: then the request is sent again
		for (int attempt = 0; attempt < 3 && line == null; attempt++) {
			listen();
			ApiClient.Response anonymous = ApiClient.anonymous(port).get("/api/v1/departments");
			assertThat(anonymous.status()).isEqualTo(401);
			String generated = anonymous.header("X-Request-Id");
			assertThat(UUID.fromString(generated)).isNotNull();
			line = lineOf(generated, Duration.ofSeconds(5)).orElse(null);
		}
		assertThat(line).as("a closing log line of the anonymous request").isNotNull();
		assertThat(line.getMDCPropertyMap()).doesNotContainKeys("tenantId", "userId");

		String unsafe = "x".repeat(65);
		String replaced = ApiClient.anonymous(port).withHeader("X-Request-Id", unsafe).get("/actuator/health")
			.header("X-Request-Id");
		assertThat(replaced).isNotEqualTo(unsafe);
		assertThat(UUID.fromString(replaced)).isNotNull();
	}

	/** The closing line is written just after the answer went out, so it may come a moment later. */
	private ILoggingEvent lineOf(String requestId) {
		return lineOf(requestId, Duration.ofSeconds(10))
			.orElseThrow(() -> new AssertionError("No log line of request " + requestId));
	}

	private java.util.Optional<ILoggingEvent> lineOf(String requestId, Duration patience) {
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			synchronized (lines) {
				for (ILoggingEvent line : lines.list) {
					if (requestId.equals(line.getMDCPropertyMap().get("requestId"))) {
						return java.util.Optional.of(line);
					}
				}
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return java.util.Optional.empty();
	}
}
