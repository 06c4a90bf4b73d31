package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.renloop.platform.MailMessage;
import io.renloop.platform.MailMessage.Attachment;
import io.renloop.platform.internal.SmtpMailTransport.Outcome;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP adapter against a real SMTP server started for the test (GreenMail). */
class SmtpMailTransportTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	static final String ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

	@Test
	void deliversRecipientSubjectBodyAndAttachment() throws Exception {
		Outcome outcome = transport(smtp.getSmtp().getPort()).deliver(MailMessage
			.plain("demo", "kandidat@example.com", "面试邀请 / Interview invitation", "请点击 https://renloop.test/i/abc")
			.with(new Attachment("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST",
					ICS.getBytes(StandardCharsets.UTF_8))));

		assertThat(outcome).isEqualTo(Outcome.SENT);
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("kandidat@example.com");
		assertThat(received.getSubject()).isEqualTo("面试邀请 / Interview invitation");
		List<Part> parts = leaves(received);
		assertThat(parts).anySatisfy(p -> {
			assertThat(p.isMimeType("text/plain")).isTrue();
			assertThat(p.getContent().toString()).contains("请点击 https://renloop.test/i/abc");
		});
		assertThat(parts).anySatisfy(p -> {
			assertThat(p.getFileName()).isEqualTo("invite.ics");
			assertThat(p.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
			assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ICS);
		});
	}

	@Test
	void withoutMailServerNothingIsSent() {
		assertThat(new SmtpMailTransport((org.springframework.mail.javamail.JavaMailSender) null, "a@b.c")
			.deliver(MailMessage.plain("demo", "x@example.com", "s", "t"))).isEqualTo(Outcome.NOT_SENT);
	}

	@Test
	void unreachableServerIsAMailException() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		SmtpMailTransport transport = transport(closedPort);
		assertThatThrownBy(() -> transport.deliver(MailMessage.plain("demo", "x@example.com", "s", "t")))
			.isInstanceOf(MailException.class);
	}

	private static SmtpMailTransport transport(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return new SmtpMailTransport(sender, "Renloop <no-reply@renloop.test>");
	}

	private static List<Part> leaves(Part part) throws Exception {
		List<Part> leaves = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				leaves.addAll(leaves(child));
			}
		}
		else {
			leaves.add(part);
		}
		return leaves;
	}
}
