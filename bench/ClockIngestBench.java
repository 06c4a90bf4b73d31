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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Clock ingestion through the API against a raw PostgreSQL COPY of the same rows.
 *
 * <p>Reads the tenant's employee numbers (those with {@code --prefix}) from the database, builds {@code --events}
 * clock events (two a day per employee, morning and evening, on consecutive past workdays), posts them in batches
 * of {@code --batch} with {@code --clients} concurrent connections and prints events/s. Then it COPYs the same rows
 * into a scratch table shaped like {@code attendance.clock_event} (same key and index), prints rows/s and the ratio
 * API time / COPY time, and drops the scratch table.
 *
 * <p>{@code java -cp postgresql.jar bench/ClockIngestBench.java --base-url http://localhost:8080 --jdbc-url
 * jdbc:postgresql://localhost:5432/postgres --tenant acme --email hr@acme.example}
 */
public class ClockIngestBench {

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = new HashMap<>(Map.of("--base-url", "http://localhost:8080", "--jdbc-url",
				"jdbc:postgresql://localhost:5432/postgres", "--user", "postgres", "--password", "", "--tenant", "acme",
				"--email", "hr@acme.example", "--prefix", "C", "--events", "1000000", "--batch", "1000", "--clients",
				"4"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		int batch = Integer.parseInt(opts.get("--batch"));
		int total = Integer.parseInt(opts.get("--events"));
		String tenant = opts.get("--tenant");
		List<String[]> employees = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(opts.get("--jdbc-url"), opts.get("--user"), opts.get("--password"));
				var query = db.prepareStatement(
						"select employee_no, id from employee.employee where tenant_id = ? and employee_no like ? order by employee_no")) {
			query.setString(1, tenant);
			query.setString(2, opts.get("--prefix") + "%");
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					employees.add(new String[] { rs.getString(1), rs.getString(2) });
				}
			}
		}
		if (employees.isEmpty()) {
			throw new IllegalStateException("no employees numbered " + opts.get("--prefix") + "* in tenant " + tenant);
		}
		System.out.printf("%d employees, %d events in batches of %d, %d clients%n", employees.size(), total, batch,
				Integer.parseInt(opts.get("--clients")));
		List<Event> events = events(employees, total);
		String token = token(opts.get("--base-url"), opts.get("--email"));
		// warm-up on a separate device id range, so the measured rows are all new
		post(opts, token, events(employees, Math.min(20 * batch, total)).stream()
			.map(e -> new Event("warmup-" + e.device, e.id, e.no, e.employeeId, e.at))
			.toList(), batch);
		long apiNanos = post(opts, token, events, batch);
		double apiSeconds = apiNanos / 1e9;
		System.out.printf("API: %d events in %.2f s = %.0f events/s%n", total, apiSeconds, total / apiSeconds);
		double copySeconds = copy(opts, tenant, events) / 1e9;
		System.out.printf("COPY: %d rows in %.2f s = %.0f rows/s%n", total, copySeconds, total / copySeconds);
		System.out.printf("ratio API / COPY: %.2fx (goal <= 3x)%n", apiSeconds / copySeconds);
	}

	record Event(String device, String id, String no, String employeeId, String at) {
	}

	private static List<Event> events(List<String[]> employees, int total) {
		Random random = new Random(42);
		List<Event> events = new ArrayList<>(total);
		LocalDate day = LocalDate.now(ZoneOffset.ofHours(8)).minusDays(1);
		int perDay = employees.size() * 2;
		for (int i = 0; i < total; i++) {
			String[] employee = employees.get((i / 2) % employees.size());
			LocalDate date = day.minusDays(i / perDay);
			int minutes = i % 2 == 0 ? 8 * 60 + 30 + random.nextInt(40) : 18 * 60 + random.nextInt(60);
			String at = date.atTime(minutes / 60, minutes % 60, random.nextInt(60)).atOffset(ZoneOffset.ofHours(8)).toString();
			events.add(new Event("T" + (i % 50), UUID.randomUUID().toString(), employee[0], employee[1], at));
		}
		return events;
	}

	private static long post(Map<String, String> opts, String token, List<Event> events, int batch) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(opts.get("--clients")));
		AtomicLong rejected = new AtomicLong();
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int from = 0; from < events.size(); from += batch) {
			List<Event> slice = events.subList(from, Math.min(events.size(), from + batch));
			done.add(pool.submit(() -> {
				String body = json(slice);
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(opts.get("--base-url")
						+ "/api/v1/attendance/clock-events"))
					.timeout(Duration.ofSeconds(120))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200 || !response.body().contains("\"rejected\":[]")) {
					rejected.incrementAndGet();
					System.err.println("HTTP " + response.statusCode() + " " + response.body().substring(0,
							Math.min(300, response.body().length())));
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		long nanos = System.nanoTime() - started;
		pool.shutdown();
		if (rejected.get() > 0) {
			System.err.println(rejected.get() + " batches failed or had rejected rows");
		}
		return nanos;
	}

	private static String json(List<Event> slice) {
		StringBuilder body = new StringBuilder(slice.size() * 140).append("{\"events\":[");
		for (int i = 0; i < slice.size(); i++) {
			Event e = slice.get(i);
			body.append(i == 0 ? "" : ",").append("{\"deviceId\":\"").append(e.device).append("\",\"eventId\":\"")
				.append(e.id).append("\",\"employeeNo\":\"").append(e.no).append("\",\"at\":\"").append(e.at)
				.append("\",\"source\":\"DEVICE\"}");
		}
		return body.append("]}").toString();
	}

	private static long copy(Map<String, String> opts, String tenant, List<Event> events) throws Exception {
		try (Connection db = DriverManager.getConnection(opts.get("--jdbc-url"), opts.get("--user"), opts.get("--password"));
				Statement statement = db.createStatement()) {
			statement.execute("drop table if exists attendance.clock_event_copy_bench");
			statement.execute("create table attendance.clock_event_copy_bench (like attendance.clock_event including all)");
			ByteArrayOutputStream csv = new ByteArrayOutputStream();
			String now = java.time.OffsetDateTime.now().toString();
			for (Event e : events) {
				csv.writeBytes((tenant + "," + e.device + "," + e.id + "," + e.employeeId + "," + e.at + ",DEVICE," + now
						+ "\n").getBytes(StandardCharsets.UTF_8));
			}
			byte[] bytes = csv.toByteArray();
			long started = System.nanoTime();
			CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy attendance.clock_event_copy_bench "
					+ "(tenant_id, device_id, event_id, employee_id, at, source, received_at) from stdin with (format csv)");
			for (int offset = 0; offset < bytes.length; offset += 1 << 16) {
				copy.writeToCopy(bytes, offset, Math.min(1 << 16, bytes.length - offset));
			}
			copy.endCopy();
			long nanos = System.nanoTime() - started;
			statement.execute("drop table attendance.clock_event_copy_bench");
			return nanos;
		}
	}

	private static String token(String baseUrl, String email) throws Exception {
		String basic = Base64.getEncoder().encodeToString((email + ":Renloop#2026").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
				+ "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"clock bench\",\"scopes\":[\"ATTENDANCE_WRITE\"]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}
}
