import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A performance cycle at scale, through the API: a KPI template (coal output scored linearly, a safety veto), a
 * cycle over the whole tenant (a review for each of its {@code --employees} employees numbered {@code --prefix}*
 * and the others), metric data for every employee, scoring all reviews, calibration phase, approval by the tenant's
 * HR and publication; prints the wall time of creating, importing, scoring and publishing, and how long until
 * payroll has every grade. Then a second cycle over the tenant's largest department, and the calibration page of
 * it rendered for a signed-in user (median and p95 of {@code --page-runs} requests after warm-up).
 *
 * <p>{@code java -cp postgresql.jar bench/PerformanceCycleBench.java --base-url http://localhost:8080 --jdbc-url
 * jdbc:postgresql://localhost:5432/postgres --tenant acme}
 */
public class PerformanceCycleBench {

	static final String PASSWORD = "Renloop#2026";

	public static void main(String[] args) throws Exception {
		java.util.Map<String, String> opts = new java.util.HashMap<>(java.util.Map.of("--base-url",
				"http://localhost:8080", "--jdbc-url", "jdbc:postgresql://localhost:5432/postgres", "--tenant", "acme",
				"--period", "2026-Q2", "--page-runs", "20"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		String tenant = opts.get("--tenant");
		String base = opts.get("--base-url");
		String period = opts.get("--period");
		String admin = token(base, "admin@" + tenant + ".example");
		HttpClient http = HttpClient.newHttpClient();
		send(http, admin, "PUT", base + "/api/v1/performance/templates/BENCH_KPI", """
				{"name":"Bench KPI","kind":"KPI","competencyWeight":0,"items":[
				 {"code":"OUTPUT","name":"原煤产量","weight":100,"metric":"COAL_OUTPUT","threshold":800,"target":1200},
				 {"code":"SAFETY","name":"安全事故","weight":0,"metric":"SAFETY_INCIDENTS","target":0,"veto":true}]}""",
				200);
		List<String> numbers = new ArrayList<>();
		String largest;
		int largestSize;
		try (Connection db = DriverManager.getConnection(opts.get("--jdbc-url"), "postgres", "");
				Statement statement = db.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select employee_no from employee.employee where tenant_id = '"
					+ tenant + "' and hire_date <= date '2026-06-30' and (termination_date is null or termination_date"
					+ " >= date '2026-04-01')")) {
				while (rs.next()) {
					numbers.add(rs.getString(1));
				}
			}
			try (ResultSet rs = statement.executeQuery("select department_id, count(*) from employee.employee where "
					+ "tenant_id = '" + tenant + "' and department_id is not null and hire_date <= date '2026-06-30' "
					+ "and (termination_date is null or termination_date >= date '2026-04-01') group by department_id "
					+ "order by count(*) desc limit 1")) {
				rs.next();
				largest = rs.getString(1);
				largestSize = rs.getInt(2);
			}
		}
		System.out.printf("tenant %s: %d employees in the period; largest department %s with %d%n", tenant,
				numbers.size(), largest, largestSize);

		long started = System.nanoTime();
		String cycle = field(send(http, admin, "POST", base + "/api/v1/performance/cycles", "{\"name\":\"Bench "
				+ period + "\",\"kind\":\"QUARTERLY\",\"period\":\"" + period + "\",\"periodStart\":\"2026-04-01\","
				+ "\"periodEnd\":\"2026-06-30\",\"templateCode\":\"BENCH_KPI\"}", 201), "id");
		double create = seconds(started);
		System.out.printf("create cycle with reviews: %.2f s%n", create);

		StringBuilder metrics = new StringBuilder("{\"period\":\"" + period + "\",\"values\":[");
		Random random = new Random(14);
		for (int i = 0; i < numbers.size(); i++) {
			String no = numbers.get(i);
			metrics.append(i == 0 ? "" : ",").append("{\"employeeNo\":\"").append(no)
				.append("\",\"metric\":\"COAL_OUTPUT\",\"value\":").append(700 + random.nextInt(700))
				.append(",\"source\":\"MES\"},{\"employeeNo\":\"").append(no)
				.append("\",\"metric\":\"SAFETY_INCIDENTS\",\"value\":").append(random.nextInt(200) == 0 ? 1 : 0)
				.append(",\"source\":\"安监\"}");
		}
		metrics.append("]}");
		started = System.nanoTime();
		send(http, admin, "POST", base + "/api/v1/performance/metrics", metrics.toString(), 201);
		double imported = seconds(started);
		System.out.printf("import %d metric values: %.2f s%n", numbers.size() * 2, imported);

		send(http, admin, "POST", base + "/api/v1/performance/cycles/" + cycle + "/phase",
				"{\"phase\":\"CALIBRATION\"}", 200);
		started = System.nanoTime();
		String scored = send(http, admin, "POST", base + "/api/v1/performance/cycles/" + cycle + "/score", "{}", 200);
		double score = seconds(started);
		System.out.printf("score all reviews: %.2f s (%s)%n", score, scored);

		send(http, admin, "POST", base + "/api/v1/performance/cycles/" + cycle + "/submit", "{}", 200);
		approve(http, token(base, "hr@" + tenant + ".example"), base, cycle);
		for (int i = 0; i < 600 && !send(http, admin, "GET", base + "/api/v1/performance/cycles/" + cycle, null, 200)
			.contains("\"APPROVED\""); i++) {
			Thread.sleep(100);
		}
		started = System.nanoTime();
		send(http, admin, "POST", base + "/api/v1/performance/cycles/" + cycle + "/publish", "{}", 200);
		double publish = seconds(started);
		System.out.printf("publish: %.2f s%n", publish);
		try (Connection db = DriverManager.getConnection(opts.get("--jdbc-url"), "postgres", "");
				Statement statement = db.createStatement()) {
			int grades = 0;
			while (grades < numbers.size() && seconds(started) < 300) {
				try (ResultSet rs = statement.executeQuery(
						"select count(*) from payroll.performance_grade where cycle_id = '" + cycle + "'")) {
					rs.next();
					grades = rs.getInt(1);
				}
				Thread.sleep(200);
			}
			System.out.printf("payroll holds %d grades %.2f s after publishing%n", grades, seconds(started));
		}

		String department = field(send(http, admin, "POST", base + "/api/v1/performance/cycles", "{\"name\":\"Bench "
				+ "department\",\"kind\":\"QUARTERLY\",\"period\":\"" + period + "\",\"periodStart\":\"2026-04-01\","
				+ "\"periodEnd\":\"2026-06-30\",\"templateCode\":\"BENCH_KPI\",\"departmentId\":\"" + largest + "\"}",
				201), "id");
		send(http, admin, "POST", base + "/api/v1/performance/cycles/" + department + "/phase",
				"{\"phase\":\"CALIBRATION\"}", 200);
		send(http, admin, "POST", base + "/api/v1/performance/cycles/" + department + "/score", "{}", 200);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(browser, base, "admin@" + tenant + ".example");
		int runs = Integer.parseInt(opts.get("--page-runs"));
		double[] times = new double[runs];
		for (int i = 0; i < 5 + runs; i++) {
			long t = System.nanoTime();
			HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base
					+ "/performance/cycles/" + department)).GET().build(), HttpResponse.BodyHandlers.ofString());
			if (page.statusCode() != 200 || !page.body().contains("id=\"distribution\"")) {
				throw new IllegalStateException("calibration page: HTTP " + page.statusCode());
			}
			if (i >= 5) {
				times[i - 5] = (System.nanoTime() - t) / 1e6;
			}
		}
		Arrays.sort(times);
		System.out.printf("calibration page of a %d-person department: median %.0f ms, p95 %.0f ms (%d runs)%n",
				largestSize, times[runs / 2], times[(int) Math.ceil(runs * 0.95) - 1], runs);
		System.out.printf("SUMMARY reviews=%d create=%.2fs import=%.2fs score=%.2fs publish=%.2fs "
				+ "calibrationPageMedianMs=%.0f%n", numbers.size(), create, imported, score, publish, times[runs / 2]);
	}

	private static void approve(HttpClient http, String hr, String base, String cycle) throws Exception {
		for (int i = 0; i < 600; i++) {
			Matcher task = Pattern.compile("\"taskId\"\\s*:\\s*\"([^\"]+)\"[^}]*\"subjectId\"\\s*:\\s*\"" + cycle + "\"")
				.matcher(send(http, hr, "GET", base + "/api/v1/approvals/inbox", null, 200));
			if (task.find()) {
				send(http, hr, "POST", base + "/api/v1/approvals/" + task.group(1) + "/decision",
						"{\"outcome\":\"APPROVED\",\"comment\":\"bench\"}", 200);
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("no approval task for " + cycle);
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
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + url + ": HTTP " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
		return response.body();
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return matcher.group(1);
	}

	private static String token(String baseUrl, String email) throws Exception {
		String basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
				+ "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"performance bench\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}
}
