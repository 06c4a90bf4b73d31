package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.RobotMessage;
import io.renloop.platform.internal.StubHttpServer.Received;
import io.renloop.platform.internal.TextDelivery.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The WeCom group robot adapter against a local stub webhook. */
class WeComRobotWebhookTests {

	static final StubHttpServer wecom = new StubHttpServer();

	static final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void reset() {
		wecom.forget();
		wecom.answering(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
	}

	@AfterAll
	static void stop() {
		wecom.close();
	}

	@Test
	void postsATextMessageToTheGlobalWebhook() {
		TextDelivery delivery = adapter(Map.of(), Duration.ofSeconds(5))
			.deliver(RobotMessage.toTenantRobot("demo", "新的录用审批待处理：张伟"));

		assertThat(delivery).isEqualTo(TextDelivery.sent());
		Received request = wecom.received().get(0);
		assertThat(request.uri().toString()).isEqualTo("/global?key=g1");
		assertThat(request.authorization()).isNull();
		JsonNode body = json.readTree(request.body());
		assertThat(body.get("msgtype").asString()).isEqualTo("text");
		assertThat(body.at("/text/content").asString()).isEqualTo("新的录用审批待处理：张伟");
	}

	@Test
	void aTenantsOwnWebhookComesFirst() {
		adapter(Map.of("acme", wecom.url("/acme?key=a1")), Duration.ofSeconds(5))
			.deliver(RobotMessage.toTenantRobot("acme", "hello"));

		assertThat(wecom.received()).extracting(r -> r.uri().toString()).containsExactly("/acme?key=a1");
	}

	@Test
	void aGroupRobotKeyGoesToTheBaseAddress() {
		adapter(Map.of(), Duration.ofSeconds(5)).deliver(new RobotMessage("demo", "693a91f6-7xxx", "hello"));

		assertThat(wecom.received()).extracting(r -> r.uri().toString()).containsExactly("/send?key=693a91f6-7xxx");
		assertThat(WeComRobotWebhook.recipientOf(new RobotMessage("demo", "693a91f6-7xxx", "x"))).isEqualTo("wecom:693a…");
	}

	@Test
	void anErrorCodeInsideA200IsAFailure() {
		wecom.answering(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");

		TextDelivery delivery = adapter(Map.of(), Duration.ofSeconds(5)).deliver(RobotMessage.toTenantRobot("demo", "x"));

		assertThat(delivery).isEqualTo(TextDelivery.failed("errcode 93000: invalid webhook url"));
	}

	@Test
	void serverErrorAndTimeoutAreFailures() {
		wecom.answering(502, "bad gateway");
		assertThat(adapter(Map.of(), Duration.ofSeconds(5)).deliver(RobotMessage.toTenantRobot("demo", "x")).error())
			.isEqualTo("HTTP 502: bad gateway");

		wecom.answering(200, "{\"errcode\":0}").answeringAfter(Duration.ofSeconds(2));
		assertThat(adapter(Map.of(), Duration.ofMillis(300)).deliver(RobotMessage.toTenantRobot("demo", "x")).error())
			.isEqualTo("no answer within 300 ms");
	}

	@Test
	void withoutAnyWebhookNothingIsPosted() {
		RobotProperties none = new RobotProperties("", Map.of(), wecom.url("/send"), Duration.ofSeconds(1),
				Duration.ofSeconds(1));

		assertThat(new WeComRobotWebhook(none, json).deliver(RobotMessage.toTenantRobot("demo", "x")).status())
			.isEqualTo(Status.NOT_CONFIGURED);
		assertThat(wecom.received()).isEmpty();
	}

	@Test
	void aKeyCannotCarryAnotherAddress() {
		assertThatThrownBy(() -> new RobotMessage("demo", "x&url=http://evil.example", "x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static WeComRobotWebhook adapter(Map<String, String> tenantWebhooks, Duration timeout) {
		return new WeComRobotWebhook(new RobotProperties(wecom.url("/global?key=g1"), tenantWebhooks, wecom.url("/send"),
				Duration.ofSeconds(2), timeout), json);
	}
}
