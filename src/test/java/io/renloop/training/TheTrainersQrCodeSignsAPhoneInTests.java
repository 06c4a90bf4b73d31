package io.renloop.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.RenloopIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trainer shows a classroom session's QR code; it encodes the absolute address of the phone's sign-in page with
 * the session's token, and a phone that opens it signs its owner in. Only training administrators (and trainers) get
 * the image; another tenant does not find the session.
 */
@RenloopIntegrationTest
class TheTrainersQrCodeSignsAPhoneInTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final ApiClient hr() {
		return ApiClient.as(port, "hr@demo.example");
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		session.signIn(login, ApiClient.PASSWORD);
		return session;
	}

	@Test
	void theQrCodeCarriesTheSignInAddressAndThePhoneSignsIn() throws Exception {
		UUID course = TrainingFixtures.createCourse(hr(), TrainingFixtures.course("CLASSROOM", null, null, 0,
				List.of("签到")));
		UUID session = newSession(course);
		String token = jdbc.queryForObject("select sign_in_token from training.course_session where id = ?",
				String.class, session);

		BrowserSession trainer = signedIn("hr@demo.example");
		ApiClient.Binary image = trainer.getBinary("/training/sessions/" + session + "/sign-in.png", "image/*");
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.contentType()).startsWith("image/png");
		String url = decode(image.body());
		assertThat(url).isEqualTo("http://localhost:" + port + "/me/training/sign-in?token=" + token);
		assertThat(trainer.get("/training/courses/" + course).body())
			.contains("/training/sessions/" + session + "/sign-in.png");
		BrowserSession.Page screen = trainer.get("/training/sessions/" + session + "/sign-in");
		assertThat(screen.status()).isEqualTo(200);
		assertThat(screen.body()).contains("id=\"sign-in-qr\"", url.replace("&", "&amp;"));

		ApiClient.as(port, "employee@demo.example").post("/api/v1/training/enrolments",
				Map.of("courseId", course, "sessionId", session));
		BrowserSession phone = signedIn("employee@demo.example");
		String path = URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery();
		BrowserSession.Page form = phone.get(path);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"" + token + "\"");
		BrowserSession.Page signedIn = phone.postForm("/me/training/sign-in",
				Map.of("token", token, "_csrf", BrowserSession.csrfTokenOf(form)));
		assertThat(signedIn.location()).endsWith("/me/training");
		assertThat(jdbc.queryForObject("select status from training.enrolment where session_id = ?", String.class,
				session)).isEqualTo("COMPLETED");
	}

	@Test
	void onlyTrainersGetTheImageAndAnotherTenantDoesNotFindIt() {
		UUID course = TrainingFixtures.createCourse(hr(), TrainingFixtures.course("CLASSROOM", null, null, 0,
				List.of("签到")));
		UUID session = newSession(course);
		String png = "/training/sessions/" + session + "/sign-in.png";
		for (String login : List.of("employee@demo.example", "manager@demo.example")) {
			assertThat(signedIn(login).getBinary(png, "image/*").status()).as(login).isEqualTo(403);
			assertThat(signedIn(login).get("/training/sessions/" + session + "/sign-in").status()).as(login)
				.isEqualTo(403);
		}
		assertThat(signedIn("admin@demo.example").getBinary(png, "image/*").status()).isEqualTo(200);
		BrowserSession acme = signedIn("hr@acme.example");
		assertThat(acme.getBinary(png, "image/*").status()).isEqualTo(404);
		assertThat(acme.get("/training/sessions/" + session + "/sign-in").status()).isEqualTo(404);
		assertThat(signedIn("hr@demo.example").getBinary("/training/sessions/" + UUID.randomUUID() + "/sign-in.png",
				"image/*").status()).isEqualTo(404);
	}

	private UUID newSession(UUID course) {
		ApiClient.Response created = hr().post("/api/v1/training/courses/" + course + "/sessions",
				Map.of("startsAt", "2030-04-01T01:00:00Z", "location", "培训中心 3 号教室", "capacity", 30));
		assertThat(created.status()).as(created.body()).isBetween(200, 201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private static String decode(byte[] png) throws IOException, NotFoundException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isGreaterThanOrEqualTo(300);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
	}
}
