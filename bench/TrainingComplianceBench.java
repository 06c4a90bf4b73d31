import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificate compliance at scale: three certificate types (two required for every position of the tenant) and
 * three certificates per employee — about 300,000 for 100,000 employees, written with JDBC batches as an import
 * would — with expiry dates spread so that a few percent are expired or expire within 7, 30 or 90 days; then the
 * compliance read model is rebuilt once, as after any import that bypassed the application. Then,
 * through the API, the compliance view of the largest department and of the whole tenant and the compliance page of
 * the largest department (median and p95 of {@code --runs} requests after warm-up), and the daily expiry scan run
 * twice (the second run finds nothing new).
 *
 * <p>{@code java -cp postgresql.jar bench/TrainingComplianceBench.java --base-url http://localhost:8080 --jdbc-url
 * jdbc:postgresql://localhost:5432/postgres --tenant acme}
 */
public class TrainingComplianceBench {

	static final String PASSWORD = "Renloop#2026";

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = new HashMap<>(Map.of("--base-url", "http://localhost:8080", "--jdbc-url",
				"jdbc:postgresql://localhost:5432/postgres", "--tenant", "acme", "--runs", "20"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		String tenant = opts.get("--tenant");
		String base = opts.get("--base-url");
		int runs = Integer.parseInt(opts.get("--runs"));
		String admin = token(base, "admin@" + tenant + ".example");
		HttpClient http = HttpClient.newHttpClient();
		String largest;
		try (Connection db = DriverManager.getConnection(opts.get("--jdbc-url"), "postgres", "")) {
			List<String> positions = strings(db, "select id from organization.position where tenant_id = '" + tenant + "'");
			String required = "[\"" + String.join("\",\"", positions) + "\"]";
			send(http, admin, "PUT", base + "/api/v1/training/certificate-types/BENCH_SPECIAL_OPERATION",
					"{\"nameZh\":\"特种作业操作证\",\"nameEn\":\"Special operation licence\",\"validityMonths\":72,"
							+ "\"requiredFor\":" + required + "}", 200);
			send(http, admin, "PUT", base + "/api/v1/training/certificate-types/BENCH_SAFETY",
					"{\"nameZh\":\"安全培训合格证\",\"nameEn\":\"Safety training certificate\",\"validityMonths\":36,"
							+ "\"requiredFor\":" + required + "}", 200);
			send(http, admin, "PUT", base + "/api/v1/training/certificate-types/BENCH_FIRST_AID",
					"{\"nameZh\":\"急救证\",\"nameEn\":\"First aid\",\"validityMonths\":24,\"requiredFor\":[]}", 200);
			long started = System.nanoTime();
			int written = certificates(db, tenant);
			System.out.printf("certificates written: %,d in %.1f s (JDBC batches)%n", written, seconds(started));
			largest = strings(db, "select department_id from employee.employee where tenant_id = '" + tenant
					+ "' and status <> 'TERMINATED' group by department_id order by count(*) desc limit 1").get(0);
			long people = Long.parseLong(strings(db, "select count(*) from employee.employee where tenant_id = '" + tenant
					+ "' and status <> 'TERMINATED'").get(0));
			System.out.printf("tenant %s: %,d employees not left, %,d certificates%n", tenant, people, Long.parseLong(
					strings(db, "select count(*) from training.certificate where tenant_id = '" + tenant + "'").get(0)));
			try (Statement analyze = db.createStatement()) {
				analyze.execute("analyze training.certificate");
			}
		}
		// employees and certificates were written around the application: refill training's read model once
		long rebuilding = System.nanoTime();
		String rebuilt = send(http, admin, "POST", base + "/api/v1/training/compliance/rebuild", "", 200);
		System.out.printf("compliance read model rebuilt: %.2f s wall — %s%n", seconds(rebuilding), rebuilt);
		String department = base + "/api/v1/training/compliance?departmentId=" + largest;
		int rows = count(send(http, admin, "GET", department, null, 200));
		report("compliance API, largest department (" + String.format("%,d", rows) + " rows)",
				times(runs, () -> send(http, admin, "GET", department, null, 200)));
		String tenantWide = base + "/api/v1/training/compliance";
		int allRows = count(send(http, admin, "GET", tenantWide, null, 200));
		report("compliance API, whole tenant (" + String.format("%,d", allRows) + " rows)",
				times(5, () -> send(http, admin, "GET", tenantWide, null, 200)));
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(browser, base, "hr@" + tenant + ".example");
		String page = base + "/training/compliance?departmentId=" + largest;
		report("compliance page (counts + first 100 lines needing action), largest department", times(runs,
				() -> page(browser, page)));
		report("compliance page, whole tenant", times(runs, () -> page(browser, base + "/training/compliance")));
		for (String run : List.of("first", "second")) {
			long started = System.nanoTime();
			String result = send(http, admin, "POST", base + "/api/v1/training/certificates/expiry-scan", "", 200);
			System.out.printf("expiry scan, %s run: %.2f s wall — %s%n", run, seconds(started), result);
		}
	}

	/** Three certificates per employee not left; expiries spread so that some are expired or due. */
	private static int certificates(Connection db, String tenant) throws Exception {
		List<String> employees = strings(db, "select id from employee.employee where tenant_id = '" + tenant
				+ "' and status <> 'TERMINATED'");
		Random random = new Random(42);
		LocalDate today = LocalDate.now();
		String[] types = { "BENCH_SPECIAL_OPERATION", "BENCH_SAFETY", "BENCH_FIRST_AID" };
		int written = 0;
		db.setAutoCommit(false);
		try (PreparedStatement insert = db.prepareStatement("""
				insert into training.certificate (id, tenant_id, employee_id, type_code, number, issuer, issued_on,
				expires_on, source, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'HR', ?)""")) {
			for (String employee : employees) {
				for (String type : types) {
					if (type.equals("BENCH_SAFETY") && random.nextInt(100) < 3) {
						continue; // missing
					}
					int roll = random.nextInt(1000);
					LocalDate expires = roll < 20 ? today.minusDays(1 + random.nextInt(300))
							: roll < 30 ? today.plusDays(random.nextInt(8))
									: roll < 50 ? today.plusDays(8 + random.nextInt(23))
											: roll < 80 ? today.plusDays(31 + random.nextInt(60))
													: today.plusDays(91 + random.nextInt(1000));
					insert.setObject(1, UUID.randomUUID());
					insert.setString(2, tenant);
					insert.setObject(3, UUID.fromString(employee));
					insert.setString(4, type);
					insert.setString(5, "B" + (written + 1));
					insert.setString(6, "应急管理局");
					insert.setDate(7, Date.valueOf(expires.minusYears(3)));
					insert.setDate(8, Date.valueOf(expires));
					insert.setTimestamp(9, Timestamp.from(Instant.now()));
					insert.addBatch();
					if (++written % 5000 == 0) {
						insert.executeBatch();
					}
				}
			}
			insert.executeBatch();
		}
		db.commit();
		db.setAutoCommit(true);
		return written;
	}

	private static String page(HttpClient browser, String url) throws Exception {
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("page: HTTP " + response.statusCode());
		}
		return response.body();
	}

	interface Call {
		String run() throws Exception;
	}

	private static long[] times(int runs, Call call) throws Exception {
		for (int i = 0; i < 3; i++) {
			call.run();
		}
		long[] millis = new long[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			call.run();
			millis[i] = (System.nanoTime() - started) / 1_000_000;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void report(String what, long[] sorted) {
		System.out.printf("%s: median %d ms, p95 %d ms (n=%d)%n", what, sorted[sorted.length / 2],
				sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)], sorted.length);
	}

	private static int count(String json) {
		Matcher matcher = Pattern.compile("\"employeeId\"").matcher(json);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}

	private static List<String> strings(Connection db, String sql) throws Exception {
		List<String> found = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				found.add(rs.getString(1));
			}
		}
		return found;
	}

	private static void signIn(HttpClient browser, String base, String email) throws Exception {
		String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: HTTP " + signedIn.statusCode());
		}
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private static String send(HttpClient http, String token, String method, String url, String body, int expected)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
		request.header("Content-Type", "application/json").method(method, body == null
				? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + url + ": HTTP " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
		return response.body();
	}

	private static String token(String baseUrl, String email) throws Exception {
		String basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
				+ "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"training bench\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}
}
