package io.renloop.integration;

import static io.renloop.integration.TestSheets.EMPLOYEE_HEADER;
import static io.renloop.integration.TestSheets.employee;
import static io.renloop.integration.TestSheets.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import page as a browser with htmx uses it: a session, CSRF tokens, a panel that polls itself. */
@RenloopIntegrationTest
class ImportPageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern POLL = Pattern.compile("hx-get=\"(/import/jobs/[0-9a-f-]+)\"");

	@LocalServerPort
	int port;

	HttpClient browser;

	@BeforeEach
	void signIn() throws Exception {
		browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = csrf(get("/login").body());
		String form = "username=" + URLEncoder.encode("hr@demo.example", StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(ApiClient.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
		HttpResponse<String> login = browser.send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void pageOffersUploadTemplatesAndExports() throws Exception {
		HttpResponse<String> page = get("/import");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"import-form\"", "hx-encoding=\"multipart/form-data\"",
				"href=\"/import/templates/employees.xlsx\"", "href=\"/import/exports/employees?format=csv\"",
				"id=\"import-dry-run\"", "id=\"import-run\"");
		assertThat(page.body()).doesNotContain("<script>");
	}

	@Test
	void uploadAnswersWithAProgressPanelThatPollsUntilTheJobEnds() throws Exception {
		String csrf = csrf(get("/import").body());
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER,
				List.of(employee("IMP" + unique() + "-1", "张三", "IT", "JAVA-DEV", null, "11010519900101002Y")));

		HttpResponse<String> panel = browser.send(request("/import").header("HX-Request", "true")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(csrf, file)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(panel.statusCode()).isEqualTo(200);
		assertThat(panel.body()).contains("id=\"import-job-status\"", "role=\"progressbar\"");
		String finished = pollUntilDone(panel.body());
		assertThat(finished).contains("data-status=\"FAILED\"", "id=\"import-errors\"",
				"A resident ID has 17 digits followed by a digit or X.").doesNotContain("hx-trigger");
	}

	@Test
	void uploadWithoutJavaScriptRedirectsToThePageShowingTheJob() throws Exception {
		String csrf = csrf(get("/import").body());
		byte[] file = TestSheets.xlsx(EMPLOYEE_HEADER,
				List.of(employee("IMP" + unique() + "-1", "张三", "IT", "JAVA-DEV", null, null)));

		HttpResponse<String> redirect = browser.send(request("/import")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(csrf, file)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
				+ URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery();
		assertThat(location).startsWith("/import?job=");
		HttpResponse<String> page = get(location);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"import-form\"", "id=\"import-job-status\"");
	}

	@Test
	void pageIsInChineseForChineseUsers() throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/import"))
			.header("Accept-Language", "zh-CN")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.body()).contains("仅校验（试运行）", "模板：员工");
	}

	@Test
	void downloadsWorkWithTheSession() throws Exception {
		HttpResponse<byte[]> template = browser.send(request("/import/templates/employees.xlsx").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("employees-template.xlsx"));
	}

	private String pollUntilDone(String panel) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		String current = panel;
		Matcher poll = POLL.matcher(current);
		while (poll.find() && Instant.now().isBefore(deadline)) {
			ImportApi.pause();
			current = get(poll.group(1)).body();
			poll = POLL.matcher(current);
		}
		return current;
	}

	private static final String BOUNDARY = "----renloop" + UUID.randomUUID();

	private static byte[] multipart(String csrf, byte[] file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String fields = field("_csrf", csrf) + field("kind", "employees") + field("dryRun", "true") + "--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"page.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
		out.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(file);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static String field(String name, String value) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en");
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("CSRF token in page").isTrue();
		return matcher.group(1);
	}
}
