package io.renloop.openplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.openplatform.WebhookReceiver;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Server-side request forgery: a subscription's URL may not point at loopback, link-local (cloud metadata), private
 * or unique-local addresses, by address or by a name resolving there, unless the operator allows private targets;
 * and the name is checked again when a delivery connects, so a name re-pointed at the internal network later is
 * refused then.
 */
class WebhooksMayNotReachInternalAddressesTests {

	/** A fixed name table instead of DNS: {@code hooks.example.com} is public, {@code evil.example.com} loopback. */
	static final TargetGuard.Resolver NAMES = host -> switch (host) {
		case "hooks.example.com" -> new InetAddress[] { InetAddress.getByName("93.184.216.34") };
		case "evil.example.com" -> new InetAddress[] { InetAddress.getByName("93.184.216.34"),
				InetAddress.getByName("127.0.0.1") };
		case "nowhere.example.com" -> throw new UnknownHostException(host);
		default -> InetAddress.getAllByName(host);
	};

	final WebhookUrls strict = new WebhookUrls(new TargetGuard(false, NAMES));

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/hook", "http://127.1.2.3:8080/hook", "https://10.0.0.5/hook",
			"https://172.16.4.4/hook", "https://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data",
			"https://[::1]/hook", "https://[fd12:3456::1]/hook", "https://[fe80::1]/hook",
			"https://[::ffff:127.0.0.1]/hook", "https://100.64.0.1/hook", "https://localhost/hook",
			"https://evil.example.com/hook" })
	void internalTargetsAreRefused(String url) {
		assertRefused(url, "webhook.url.notAllowed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://hooks.example.com/x", "file:///etc/passwd", "hooks.example.com/hook",
			"https://user:pw@hooks.example.com/hook", "https://hooks.example.com/hook#part", "javascript:alert(1)",
			"https:///nohost", "" })
	void urlsThatAreNotPlainHttpOrHttpsAreRefused(String url) {
		assertRefused(url, "webhook.url.invalid");
	}

	@Test
	void aNameThatDoesNotResolveIsRefused() {
		assertRefused("https://nowhere.example.com/hook", "webhook.url.unresolvable");
	}

	@Test
	void aPublicTargetIsAccepted() {
		assertThat(strict.check("https://hooks.example.com/renloop?token=abc").getHost()).isEqualTo("hooks.example.com");
	}

	@Test
	void theOperatorMayAllowPrivateTargetsButNeverUnspecifiedOrMulticastOnes() throws Exception {
		TargetGuard lenient = new TargetGuard(true, NAMES);

		assertThat(lenient.checkedAddresses("127.0.0.1")).hasSize(1);
		assertThat(lenient.checkedAddresses("10.1.2.3")).hasSize(1);
		assertThatThrownBy(() -> lenient.checkedAddresses("0.0.0.0")).isInstanceOf(TargetGuard.RefusedTarget.class);
		assertThatThrownBy(() -> lenient.checkedAddresses("224.0.0.1")).isInstanceOf(TargetGuard.RefusedTarget.class);
	}

	@Test
	void aDeliveryToANameThatNowResolvesToLoopbackIsRefusedWithoutConnecting() {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			int port = Integer.parseInt(receiver.url().replaceAll(".*:(\\d+)/.*", "$1"));
			// at subscription time the name was public; by the delivery it points at the receiver on loopback
			TargetGuard.Resolver rebound = host -> host.equals("hooks.example.com")
					? new InetAddress[] { InetAddress.getLoopbackAddress() } : NAMES.resolve(host);
			WebhookSender sender = new WebhookSender(new TargetGuard(false, rebound), properties(), Clock.systemUTC());

			WebhookSender.Outcome outcome = sender.send("http://hooks.example.com:" + port + "/hooks", "whsec_x",
					UUID.randomUUID(), "ping", "{}");

			assertThat(outcome.succeeded()).isFalse();
			assertThat(outcome.statusCode()).isNull();
			assertThat(outcome.error()).contains("127.0.0.1");
			assertThat(receiver.received()).isEmpty();
		}
	}

	@Test
	void aDeliveryToALoopbackAddressIsRefusedWithoutConnecting() {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			WebhookSender sender = new WebhookSender(new TargetGuard(false, NAMES), properties(), Clock.systemUTC());

			WebhookSender.Outcome outcome = sender.send(receiver.url(), "whsec_x", UUID.randomUUID(), "ping", "{}");

			assertThat(outcome.statusCode()).isNull();
			assertThat(outcome.error()).contains("not allowed");
			assertThat(receiver.received()).isEmpty();
		}
	}

	@Test
	void aDeliveryToAnAllowedAddressReachesTheReceiver() {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			WebhookSender sender = new WebhookSender(new TargetGuard(true, NAMES), properties(), Clock.systemUTC());

			WebhookSender.Outcome outcome = sender.send(receiver.url(), "whsec_x", UUID.randomUUID(), "ping", "{}");

			assertThat(outcome.statusCode()).isEqualTo(200);
			assertThat(receiver.received()).hasSize(1);
		}
	}

	private void assertRefused(String url, String key) {
		assertThatThrownBy(() -> strict.check(url)).as(url)
			.isInstanceOfSatisfying(InvalidFieldsException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field, FieldProblem::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("url", key)));
	}

	static WebhookProperties properties() {
		return new WebhookProperties(false, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofHours(1),
				Duration.ofHours(24), 20, Duration.ofSeconds(2), Duration.ofSeconds(5));
	}
}
