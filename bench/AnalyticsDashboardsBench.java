import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people dashboards at scale. Two years of facts as the event listeners would have written them (hires and exits with kinds and reasons, transfers, applications through the
 * funnel, offers, monthly attendance of every employee, payroll cost by unit and item, performance results, course
 * completions, expired certificates), added with SQL; then every dashboard endpoint over the two years for the whole
 * tenant, {@code --runs} times after warm-up (median and p95), and two drill-downs. Last, a full rebuild of the
 * tenant's read models from the modules' public APIs ({@code POST /api/v1/analytics/rebuild}).
 *
 * <p>{@code java -cp postgresql.jar bench/AnalyticsDashboardsBench.java --base-url http://localhost:8080 --jdbc-url
 * jdbc:postgresql://localhost:5432/postgres --tenant acme}
 */
public class AnalyticsDashboardsBench {

	static final String PASSWORD = "Renloop#2026";

	static final List<String> DASHBOARDS = List.of("headcount", "turnover", "tenure-age", "hiring", "attendance",
			"payroll-cost", "performance", "training");

	public static void main(String[] args) throws Exception {
		java.util.Map<String, String> opts = new java.util.HashMap<>(java.util.Map.of("--base-url",
				"http://localhost:8080", "--jdbc-url", "jdbc:postgresql://localhost:5432/postgres", "--tenant", "acme",
				"--runs", "20", "--from", "2024-12-01", "--to", "2026-11-30", "--facts-only", "false"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		String tenant = opts.get("--tenant");
		String base = opts.get("--base-url");
		String admin = token(base, "admin@" + tenant + ".example");
		HttpClient http = HttpClient.newHttpClient();

		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(opts.get("--jdbc-url"), "postgres", "");
				Statement sql = db.createStatement()) {
			for (String statement : history(tenant, opts.get("--from"))) {
				sql.execute(statement);
			}
			// autovacuum would have done this within minutes of such a load; without it no index-only scan is possible
			sql.execute("vacuum analyze");
			try (var rs = sql.executeQuery("select (select count(*) from analytics.person_fact where tenant_id = '"
					+ tenant + "'), (select count(*) from analytics.attendance_month where tenant_id = '" + tenant
					+ "'), (select count(*) from analytics.application_fact where tenant_id = '" + tenant
					+ "'), (select count(*) from analytics.training_completion where tenant_id = '" + tenant + "')")) {
				rs.next();
				System.out.printf("two years of facts added in %.1f s: %d people, %d attendance months, %d "
						+ "applications, %d course completions%n", seconds(started), rs.getLong(1), rs.getLong(2),
						rs.getLong(3), rs.getLong(4));
			}
		}

		started = System.nanoTime();
		String summarised = send(http, admin, "POST", base + "/api/v1/analytics/rebuild?only=summaries", "{}", 200);
		System.out.printf("summaries by unit recomputed from those facts: %.2f s %s%n", seconds(started), summarised);
		if (Boolean.parseBoolean(opts.get("--facts-only"))) {
			return;
		}
		String period = "?from=" + opts.get("--from") + "&to=" + opts.get("--to");
		int runs = Integer.parseInt(opts.get("--runs"));
		for (String dashboard : DASHBOARDS) {
			measure(http, admin, base + "/api/v1/analytics/" + dashboard + period, runs, dashboard);
		}
		String firstMonth = opts.get("--from").substring(0, 7);
		measure(http, admin, base + "/api/v1/analytics/turnover/rows" + period + "&series=exitsVoluntary&x="
				+ firstMonth, runs, "turnover rows (a month's voluntary exits)");
		measure(http, admin, base + "/api/v1/analytics/attendance/rows" + period + "&series=overLimit&x="
				+ unit(http, admin, base + "/api/v1/analytics/attendance" + period), runs,
				"attendance rows (a unit's employee-months over 36 h)");

		// last, since it replaces the facts above by what the modules' APIs know
		started = System.nanoTime();
		String rebuilt = send(http, admin, "POST", base + "/api/v1/analytics/rebuild", "{}", 200);
		System.out.printf("full rebuild from the modules' APIs: %.2f s %s%n", seconds(started), rebuilt);
	}

	/** The facts of two years before {@code from} + 24 months, as the listeners would have written them. */
	static List<String> history(String tenant, String from) {
		String t = "'" + tenant + "'";
		String start = "date '" + from + "'";
		return List.of(
				// the generated employees went straight into the employee table: their hires as EmployeeHired gives them
				"insert into analytics.person_fact (tenant_id, employee_id, employee_no, name, department_id, position_id, "
						+ "hire_date, status, exit_date) select tenant_id, id, employee_no, name, department_id, position_id, "
						+ "hire_date, case when termination_date is null then 'ACTIVE' else 'LEFT' end, termination_date "
						+ "from employee.employee where tenant_id = " + t + " on conflict do nothing",
				// a quarter of the people left at some point of the two years: 60 % voluntary, a third of those regretted
				"update analytics.person_fact set status = 'LEFT', exit_date = " + start + " + (abs(hashtext(employee_id::text)) % 730), "
						+ "exit_kind = case when abs(hashtext(employee_id::text || 'k')) % 10 < 6 then 'VOLUNTARY' else 'INVOLUNTARY' end, "
						+ "exit_cause = case when abs(hashtext(employee_id::text || 'k')) % 10 < 6 then 'RESIGNATION' else 'TERMINATION' end, "
						+ "regretted = abs(hashtext(employee_id::text || 'r')) % 3 = 0, reason_codes = 'PAY,CAREER' "
						+ "where tenant_id = " + t + " and exit_date is null and abs(hashtext(employee_id::text)) % 4 = 0",
				"update analytics.person_fact set birth_year = 1965 + abs(hashtext(employee_id::text || 'b')) % 40 where tenant_id = " + t,
				"insert into analytics.lifecycle_change select tenant_id, employee_id, 'PAY_CHANGE', " + start
						+ " + (abs(hashtext(employee_id::text || 'p')) % 730), department_id, position_id from analytics.person_fact "
						+ "where tenant_id = " + t + " on conflict do nothing",
				"insert into analytics.attendance_month (tenant_id, month, employee_id, department_id, overtime_hours, late_count, "
						+ "early_leave_count, absent_days, anomalies, overtime_warning) select p.tenant_id, m::date, p.employee_id, "
						+ "p.department_id, (abs(hashtext(p.employee_id::text || m::text)) % 4500) / 100.0, "
						+ "abs(hashtext(p.employee_id::text || m::text || 'l')) % 3, 0, abs(hashtext(p.employee_id::text || m::text || 'a')) % 2, "
						+ "abs(hashtext(p.employee_id::text || m::text || 'l')) % 3 + abs(hashtext(p.employee_id::text || m::text || 'a')) % 2, "
						+ "(abs(hashtext(p.employee_id::text || m::text)) % 4500) > 3600 "
						+ "from analytics.person_fact p, generate_series(" + start + ", " + start + " + interval '23 months', interval '1 month') m "
						+ "where p.tenant_id = " + t + " and p.hire_date <= m and (p.exit_date is null or p.exit_date >= m) "
						+ "on conflict do nothing",
				"insert into analytics.payroll_cost select a.tenant_id, md5(a.month::text)::uuid, a.month, a.department_id, i.item, "
						+ "count(*), count(*) * i.amount from analytics.attendance_month a, (values ('GROSS', 9000.00), "
						+ "('EMPLOYER_COST', 12600.00), ('ITEM:BASE', 7000.00), ('ITEM:SHIFT', 1200.00), ('ITEM:OVERTIME', 800.00)) "
						+ "i(item, amount) where a.tenant_id = " + t + " and a.department_id is not null group by 1, 2, 3, 4, 5, i.amount "
						+ "on conflict do nothing",
				"insert into analytics.application_fact (tenant_id, application_id, candidate_id, requisition_id, department_id, channel, "
						+ "received_at, stage, screened_at, interviews_at, offer_at, hired_at, channel_cost) select " + t + ", gen_random_uuid(), "
						+ "gen_random_uuid(), null, d.department_id, (array['LIEPIN','BOSS','QIANCHENG','REFERRAL','CAREERS_PAGE','CAMPUS'])[1 + g % 6], "
						+ start + " + (g % 730) * interval '1 day', 'APPLIED', case when g % 2 = 0 then " + start + " + (g % 730 + 2) * interval '1 day' end, "
						+ "case when g % 4 = 0 then " + start + " + (g % 730 + 9) * interval '1 day' end, "
						+ "case when g % 12 = 0 then " + start + " + (g % 730 + 20) * interval '1 day' end, "
						+ "case when g % 16 = 0 then " + start + " + (g % 730 + 30) * interval '1 day' end, (g % 5) * 20.00 "
						+ "from generate_series(1, 200000) g, lateral (select department_id from analytics.person_fact where tenant_id = " + t
						+ " and department_id is not null offset (g % 4) limit 1) d",
				"insert into analytics.offer_fact (tenant_id, offer_id, department_id, status, made_at, accepted_at, declined_at) "
						+ "select tenant_id, gen_random_uuid(), department_id, case when abs(hashtext(application_id::text)) % 5 = 0 "
						+ "then 'DECLINED' else 'ACCEPTED' end, offer_at, case when abs(hashtext(application_id::text)) % 5 <> 0 "
						+ "then offer_at + interval '3 days' end, case when abs(hashtext(application_id::text)) % 5 = 0 "
						+ "then offer_at + interval '3 days' end from analytics.application_fact where tenant_id = " + t + " and offer_at is not null",
				"insert into analytics.performance_result select p.tenant_id, md5(q::text)::uuid, p.employee_id, q::date, "
						+ "(q + interval '6 months' - interval '1 day')::date, q + interval '7 months', "
						+ "(array['S','A','B','B','B','C','D'])[1 + abs(hashtext(p.employee_id::text || q::text)) % 7], 70, "
						+ "p.department_id "
						+ "from analytics.person_fact p, generate_series(" + start + ", " + start + " + interval '18 months', interval '6 months') q "
						+ "where p.tenant_id = " + t + " and p.hire_date <= q and (p.exit_date is null or p.exit_date >= q) on conflict do nothing",
				"insert into analytics.training_completion (tenant_id, employee_id, course_id, completed_on, hours, department_id) "
						+ "select tenant_id, employee_id, md5(k::text)::uuid, " + start
						+ " + (abs(hashtext(employee_id::text || k::text)) % 730), 2 + k, department_id from analytics.person_fact, "
						+ "generate_series(1, 3) k "
						+ "where tenant_id = " + t + " on conflict do nothing",
				"insert into analytics.certificate_expiry (tenant_id, certificate_id, employee_id, certificate_type, expires_on, "
						+ "department_id) select tenant_id, gen_random_uuid(), employee_id, 'SAFETY', " + start
						+ " + (abs(hashtext(employee_id::text || 'c')) % 730), department_id from analytics.person_fact where tenant_id = " + t
						+ " and abs(hashtext(employee_id::text || 'c')) % 10 = 0");
	}

	static void measure(HttpClient http, String token, String url, int runs, String name) throws Exception {
		for (int i = 0; i < 3; i++) {
			send(http, token, "GET", url, null, 200);
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			send(http, token, "GET", url, null, 200);
			millis.add((System.nanoTime() - started) / 1e6);
		}
		Collections.sort(millis);
		double p95 = millis.get((int) Math.ceil(runs * 0.95) - 1);
		System.out.printf("%-55s median %6.0f ms  p95 %6.0f ms  %s%n", name, millis.get(runs / 2), p95,
				p95 < 300 ? "ok" : "OVER 300 ms");
	}

	/** The first unit of the first series of a "by unit" dashboard. */
	static String unit(HttpClient http, String token, String url) throws Exception {
		Matcher unit = Pattern.compile("\"x\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(send(http, token, "GET", url, null, 200));
		return unit.find() ? unit.group(1) : "none";
	}

	static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	static String send(HttpClient http, String token, String method, String url, String body, int expected)
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

	static String token(String baseUrl, String email) throws Exception {
		String basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
				+ "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"analytics bench\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}
}
