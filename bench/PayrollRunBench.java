import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A payroll run at scale: gives {@code --employees} (100,000) employees of the tenant numbered {@code --prefix}*,
 * employed all month and not terminated, a pay structure (base,
 * allowances, an after-tax deduction, region 北京 with its social insurance and housing fund), a closed month of
 * attendance figures (absences, sick days, unpaid leave, lateness, overtime of all three kinds), an annual bonus and
 * for some special additional deductions — all by {@code COPY} — then opens and calculates the run of
 * {@code --period} through the API, polls the job until it ends and prints the wall time and employees per second.
 * Then it copies the run's result rows out and {@code COPY}s them into an empty table of the same shape, and prints
 * the run's time as a multiple of that raw load of the same rows. With {@code --open-only x} it stops after opening
 * the run and prints {@code run <id>} (for the kill proof, payroll-chaos.sh).
 *
 * <p>{@code java -cp postgresql.jar bench/PayrollRunBench.java --base-url http://localhost:8080 --jdbc-url
 * jdbc:postgresql://localhost:5432/postgres --tenant acme --period 2026-06}
 */
public class PayrollRunBench {

	public static void main(String[] args) throws Exception {
		java.util.Map<String, String> opts = new java.util.HashMap<>(java.util.Map.of("--base-url",
				"http://localhost:8080", "--jdbc-url", "jdbc:postgresql://localhost:5432/postgres", "--tenant", "acme",
				"--prefix", "C", "--period", "2026-06"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		String tenant = opts.get("--tenant");
		String period = opts.get("--period");
		String base = opts.get("--base-url");
		String token = token(base, "admin@" + tenant + ".example");
		HttpClient http = HttpClient.newHttpClient();
		String group = send(http, token, "PUT", base + "/api/v1/payroll/pay-groups/BENCH",
				"{\"name\":\"Bench\",\"regionCode\":\"BJ\"}", 200);
		String groupId = field(group, "id");
		try (Connection db = DriverManager.getConnection(opts.get("--jdbc-url"), "postgres", "")) {
			int employees = load(db, tenant, opts.get("--prefix"), period, UUID.fromString(groupId),
					Integer.parseInt(opts.getOrDefault("--employees", "100000")));
			System.out.printf("loaded structures, attendance, bonuses and declarations of %d employees%n", employees);
			String run = send(http, token, "POST", base + "/api/v1/payroll/runs",
					"{\"period\":\"" + period + "\",\"payGroupId\":\"" + groupId + "\"}", 201);
			String runId = field(run, "id");
			if (opts.containsKey("--open-only")) {
				System.out.println("run " + runId);
				return;
			}
			long started = System.nanoTime();
			String jobId = field(send(http, token, "POST", base + "/api/v1/payroll/runs/" + runId + "/calculate", "",
					202), "jobId");
			String state;
			do {
				Thread.sleep(250);
				state = send(http, token, "GET", base + "/api/v1/jobs/" + jobId, null, 200);
			}
			while (!state.contains("\"COMPLETED\"") && !state.contains("\"FAILED\""));
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.println(state);
			System.out.println(send(http, token, "GET", base + "/api/v1/payroll/runs/" + runId, null, 200));
			System.out.printf("payroll run of %d employees: %.1f s, %.0f employees/s, %.3f ms per employee "
					+ "(goal <= 60 s, <= 0.6 ms)%n", employees, seconds, employees / seconds, seconds * 1000 / employees);
			double copy = rawCopy(db, runId);
			System.out.printf("raw COPY of the same %d result rows: %.1f s; the run took %.2fx (goal <= 3x)%n",
					employees, copy, seconds / copy);
		}
	}

	private static int load(Connection db, String tenant, String prefix, String period, UUID group, int count)
			throws Exception {
		List<String> ids = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(
				"select id from employee.employee where tenant_id = '" + tenant + "' and employee_no like '" + prefix
						+ "%' and hire_date <= '" + period + "-01' and termination_date is null order by employee_no limit "
						+ count)) {
			while (rs.next()) {
				ids.add(rs.getString(1));
			}
		}
		Random random = new Random(11);
		String now = Instant.now().toString();
		copy(db, "copy payroll.salary_structure (id, tenant_id, employee_id, effective_from, pay_group_id, base, "
				+ "allowances, fixed_deductions, region_code, housing_fund_rate, bonus_tax_method, source, created_at) "
				+ "from stdin with (format csv)", ids, id -> UUID.randomUUID() + "," + tenant + "," + id + ",2020-01-01,"
						+ group + "," + (6000 + random.nextInt(300) * 100) + ",\"{\"\"MEAL\"\":500,\"\"SHIFT\"\":400}\","
						+ "\"{\"\"UNION_FEE\"\":30}\",BJ,0.12," + (random.nextInt(5) == 0 ? "MERGED" : "SEPARATE")
						+ ",IMPORT," + now);
		copy(db, "copy payroll.attendance_input from stdin with (format csv)", ids,
				id -> tenant + "," + period + "," + id + ",22," + (random.nextInt(20) == 0 ? 1 : 0) + ","
						+ random.nextInt(30) + "," + (random.nextInt(10) == 0 ? "1.00" : "0.00") + ","
						+ (random.nextInt(8) == 0 ? "2.00" : "0.00") + "," + random.nextInt(12) + ".50,"
						+ random.nextInt(9) + ".00," + (random.nextInt(4) == 0 ? "8.00" : "0.00"));
		copy(db, "copy payroll.pay_input (id, tenant_id, period, employee_id, code, amount, source, created_at) "
				+ "from stdin with (format csv)", ids, id -> UUID.randomUUID() + "," + tenant + "," + period + "," + id
						+ ",BONUS," + (5000 + random.nextInt(400) * 100) + ",IMPORT," + now);
		copy(db, "copy payroll.tax_declaration (id, tenant_id, employee_id, tax_year, kind, monthly_amount, "
				+ "declared_at) from stdin with (format csv)", ids.subList(0, ids.size() * 3 / 10),
				id -> UUID.randomUUID() + "," + tenant + "," + id + "," + period.substring(0, 4)
						+ ",CHILD_EDUCATION,2000," + now);
		try (Statement statement = db.createStatement()) {
			for (String table : List.of("salary_structure", "attendance_input", "pay_input", "tax_declaration")) {
				statement.execute("vacuum analyze payroll." + table);
			}
		}
		return ids.size();
	}

	private static void copy(Connection db, String sql, List<String> ids,
			java.util.function.Function<String, String> row) throws Exception {
		CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
		for (String id : ids) {
			buffer.writeBytes((row.apply(id) + "\n").getBytes(StandardCharsets.UTF_8));
			if (buffer.size() > (1 << 20)) {
				copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
				buffer.reset();
			}
		}
		copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
		copy.endCopy();
	}

	/** Seconds to COPY the run's result rows, as they are, into an empty table of the same shape. */
	private static double rawCopy(Connection db, String runId) throws Exception {
		ByteArrayOutputStream rows = new ByteArrayOutputStream(1 << 26);
		db.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select * from payroll.payslip where run_id = '"
				+ runId + "') to stdout with (format csv)", rows);
		try (Statement statement = db.createStatement()) {
			statement.execute("drop table if exists public.bench_payslip");
			statement.execute("create table public.bench_payslip (like payroll.payslip including all)");
		}
		long started = System.nanoTime();
		db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy public.bench_payslip from stdin with (format csv)",
				new java.io.ByteArrayInputStream(rows.toByteArray()));
		double seconds = (System.nanoTime() - started) / 1e9;
		try (Statement statement = db.createStatement()) {
			statement.execute("drop table public.bench_payslip");
		}
		return seconds;
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
					+ response.body());
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
		String basic = Base64.getEncoder().encodeToString((email + ":Renloop#2026").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
				+ "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"payroll bench\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}
}
