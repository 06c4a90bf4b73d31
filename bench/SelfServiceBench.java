import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop self-service load (issue 12): employees of a tenant with 100,000 people read their own leave balances
 * (50 %), their own month of attendance (30 %), ask for leave (10 %) and clock in from the phone (10 %) at a fixed
 * RATE of requests per second, whatever the answers' speed. Latency counts from the moment a request was due, so a
 * slow answer cannot hide the requests queued behind it (no coordinated omission).
 *
 * <p>Set-up: {@code --users} employees with the number prefix get an EMPLOYEE login (rows written by JDBC with the
 * password hash of the tenant's HR user) and an API token each (through the API); HR opens one clock-in site for all
 * the tenant's departments. Then a warm-up at the same rate, then the measured run. Prints per request kind the
 * count, errors and latency percentiles, and the CPU milliseconds per request of the app, of PostgreSQL and of this
 * driver. The load goes through a lean HTTP/1.1 client ({@link LeanHttp}): the JDK's {@link HttpClient} took 1.2 ms of
 * CPU per request on the same 2 cores, a quarter of what the app and the database needed.
 *
 * <p>{@code java -cp postgresql.jar bench/SelfServiceBench.java --base-url … --jdbc-url … --tenant acme --prefix C
 * --app-pid … --db-pid …}
 */
public class SelfServiceBench {

	private static final String PASSWORD = "Renloop#2026";
	private static final double LATITUDE = 39.9087;
	private static final double LONGITUDE = 116.3975;

	/** Keep-alive connections of the measured load, each with its own thread: more than the requests in flight. */
	private static final int CONNECTIONS = 64;

	record User(UUID employeeId, String email, String token, AtomicInteger leaveDays) {
	}

	record Kind(String name, int percent) {
	}

	/** The request mix, in percent: {@code --mix own-balances:50,own-month:30,leave-submit:10,clock-in:10}. */
	static List<Kind> MIX = mix("own-balances:50,own-month:30,leave-submit:10,clock-in:10");

	static List<Kind> mix(String spec) {
		return Arrays.stream(spec.split(",")).map(part -> part.split(":"))
			.map(kv -> new Kind(kv[0], Integer.parseInt(kv[1]))).toList();
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = options(args);
		String base = opts.get("--base-url");
		String tenant = opts.getOrDefault("--tenant", "acme");
		int users = Integer.parseInt(opts.getOrDefault("--users", "600"));
		if (opts.containsKey("--mix")) {
			MIX = mix(opts.get("--mix"));
		}
		int rate = Integer.parseInt(opts.getOrDefault("--rate", "200"));
		int warmup = Integer.parseInt(opts.getOrDefault("--warmup", "30"));
		int duration = Integer.parseInt(opts.getOrDefault("--duration", "60"));
		LocalDate today = LocalDate.parse(opts.getOrDefault("--today", LocalDate.now().toString()));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();

		List<String[]> accounts = createLogins(opts, tenant, users);
		String hr = token(http, base, "hr@" + tenant + ".example");
		openSite(http, base, hr);
		List<User> people = tokens(http, base, accounts);
		System.out.printf("%d employees with logins and tokens; rate %d/s, warm-up %d s, run %d s%n", people.size(),
				rate, warmup, duration);

		List<LocalDate> workdays = workdaysAfter(http, base, hr, today, 40);
		LeanHttp load = new LeanHttp(URI.create(base), CONNECTIONS);
		Run warm = new Run(load, people, workdays, today);
		warm.drive(rate, warmup);
		long appPid = Long.parseLong(opts.getOrDefault("--app-pid", "0"));
		long dbPid = Long.parseLong(opts.getOrDefault("--db-pid", "0"));
		double appBefore = cpuSeconds(appPid);
		double dbBefore = cpuSeconds(dbPid);
		double driverBefore = cpu(ProcessHandle.current());
		Run measured = new Run(load, people, workdays, today);
		measured.drive(rate, duration);
		double appCpu = cpuSeconds(appPid) - appBefore;
		double dbCpu = cpuSeconds(dbPid) - dbBefore;
		measured.report(rate, duration, appCpu, dbCpu);
		System.out.printf("this load driver (same machine): %.2f ms of CPU per request%n",
				(cpu(ProcessHandle.current()) - driverBefore) * 1000 / ((long) rate * duration));
		int perKindRate = Integer.parseInt(opts.getOrDefault("--per-kind-rate", "0"));
		if (perKindRate > 0) {
			for (Kind kind : List.copyOf(MIX)) {
				MIX = List.of(new Kind(kind.name(), 100));
				System.out.printf("%n%s alone at %d/s for 20 s:%n", kind.name(), perKindRate);
				double app = cpuSeconds(appPid);
				double dbs = cpuSeconds(dbPid);
				Run alone = new Run(load, people, workdays, today);
				alone.drive(perKindRate, 20);
				alone.report(perKindRate, 20, cpuSeconds(appPid) - app, cpuSeconds(dbPid) - dbs);
			}
		}
		System.exit(0);
	}

	/** One timed series of requests at a fixed rate. */
	static final class Run {

		final LeanHttp http;
		final List<User> people;
		final List<LocalDate> workdays;
		final LocalDate today;
		final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
		final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
		final Map<String, String> firstError = new ConcurrentHashMap<>();
		final AtomicInteger outstanding = new AtomicInteger();

		/** Per request: the second of the run it was due in, and its latency in microseconds. */
		final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();

		long started;

		Run(LeanHttp http, List<User> people, List<LocalDate> workdays, LocalDate today) {
			this.http = http;
			this.people = people;
			this.workdays = workdays;
			this.today = today;
			for (Kind kind : MIX) {
				latencies.put(kind.name(), new ConcurrentLinkedQueue<>());
				errors.put(kind.name(), new AtomicInteger());
			}
		}

		void drive(int rate, int seconds) throws InterruptedException {
			SplittableRandom random = new SplittableRandom(seconds * 31L + rate);
			long intervalNanos = 1_000_000_000L / rate;
			long start = System.nanoTime();
			started = start;
			long total = (long) rate * seconds;
			for (long i = 0; i < total; i++) {
				long due = start + i * intervalNanos;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				Kind kind = draw(random);
				User user = people.get(random.nextInt(people.size()));
				send(kind, request(kind, user), due);
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (outstanding.get() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}

		private static Kind draw(SplittableRandom random) {
			int roll = random.nextInt(100);
			for (Kind kind : MIX) {
				roll -= kind.percent();
				if (roll < 0) {
					return kind;
				}
			}
			return MIX.get(MIX.size() - 1);
		}

		private LeanHttp.Call request(Kind kind, User user) {
			String token = user.token();
			return switch (kind.name()) {
				case "own-balances" -> LeanHttp.Call.get("/api/v1/me/leave/balances", token);
				case "own-month" -> LeanHttp.Call.get("/api/v1/attendance/daily?employeeId=" + user.employeeId()
						+ "&from=" + today.withDayOfMonth(1) + "&to=" + today.withDayOfMonth(today.lengthOfMonth()),
						token);
				case "leave-submit" -> {
					LocalDate day = workdays.get(user.leaveDays().getAndIncrement() % workdays.size());
					yield LeanHttp.Call.post("/api/v1/leave/requests", token, "{\"type\":\"PERSONAL\",\"start\":\""
							+ day + "\",\"end\":\"" + day + "\",\"hours\":2,\"reason\":\"bench\"}");
				}
				default -> LeanHttp.Call.post("/api/v1/me/clock-in", token,
						"{\"latitude\":" + LATITUDE + ",\"longitude\":" + LONGITUDE + ",\"accuracy\":15}");
			};
		}

		private void send(Kind kind, LeanHttp.Call call, long due) {
			outstanding.incrementAndGet();
			http.send(call, (status, body) -> {
				long micros = (System.nanoTime() - due) / 1000;
				latencies.get(kind.name()).add(micros);
				timeline.add(new long[] { (due - started) / 1_000_000_000L, micros });
				if (status < 200 || status >= 400) {
					errors.get(kind.name()).incrementAndGet();
					firstError.putIfAbsent(kind.name(), status + " " + abbreviate(body));
				}
				outstanding.decrementAndGet();
			});
		}

		void report(int rate, int seconds, double appCpu, double dbCpu) {
			List<Long> all = new ArrayList<>();
			int errorCount = 0;
			System.out.printf("%-13s %7s %7s %9s %9s %9s %9s%n", "request", "count", "errors", "p50 ms", "p95 ms",
					"p99 ms", "max ms");
			for (Kind kind : MIX) {
				List<Long> values = new ArrayList<>(latencies.get(kind.name()));
				all.addAll(values);
				int kindErrors = errors.get(kind.name()).get();
				errorCount += kindErrors;
				line(kind.name(), values, kindErrors);
			}
			line("all", all, errorCount);
			firstError.forEach((kind, error) -> System.out.println("first error of " + kind + ": " + error));
			printTimeline();
			long requests = all.size();
			System.out.printf("open loop at %d/s for %d s: %d requests, %d errors, p99 %.1f ms (goal < 50 ms)%n", rate,
					seconds, requests, errorCount, percentile(sorted(all), 99) / 1000.0);
			System.out.printf("CPU per request: app %.2f ms + database %.2f ms = %.2f ms; load average %s%n",
					appCpu * 1000 / Math.max(1, requests), dbCpu * 1000 / Math.max(1, requests),
					(appCpu + dbCpu) * 1000 / Math.max(1, requests), loadAverage());
		}

		/** p99 and max of each 10 s of the run: a tail spread over the run is load, one bad window is a stall. */
		private void printTimeline() {
			Map<Long, List<Long>> windows = new java.util.TreeMap<>();
			for (long[] entry : timeline) {
				windows.computeIfAbsent(entry[0] / 10, w -> new ArrayList<>()).add(entry[1]);
			}
			StringBuilder line = new StringBuilder("p99/max ms per 10 s:");
			windows.forEach((window, values) -> {
				long[] sorted = sorted(values);
				line.append(String.format(" %.0f/%.0f", percentile(sorted, 99) / 1000.0,
						sorted[sorted.length - 1] / 1000.0));
			});
			System.out.println(line);
		}

		private static void line(String name, List<Long> values, int errorCount) {
			long[] sorted = sorted(values);
			System.out.printf("%-13s %7d %7d %9.1f %9.1f %9.1f %9.1f%n", name, sorted.length, errorCount,
					percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0, percentile(sorted, 99) / 1000.0,
					sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
		}
	}

	/** Gives `users` employees of the prefix who are employed today an EMPLOYEE login; returns [id, email]. */
	private static List<String[]> createLogins(Map<String, String> opts, String tenant, int users) throws Exception {
		List<String[]> accounts = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(opts.get("--jdbc-url"), opts.getOrDefault("--user", "postgres"),
				opts.getOrDefault("--password", ""))) {
			String hash;
			try (PreparedStatement hr = db.prepareStatement(
					"select password_hash from platform.user_account where lower(email) = lower(?)")) {
				hr.setString(1, "hr@" + tenant + ".example");
				try (ResultSet rs = hr.executeQuery()) {
					rs.next();
					hash = rs.getString(1);
				}
			}
			try (PreparedStatement pick = db.prepareStatement("select id, employee_no, department_id from employee.employee"
					+ " where tenant_id = ? and employee_no like ? and status in ('ACTIVE', 'PROBATION')"
					+ " and hire_date < current_date - 30 order by employee_no limit ?");
					PreparedStatement insert = db.prepareStatement("insert into platform.user_account (id, tenant_id,"
							+ " email, display_name, password_hash, roles, data_scope, department_id, employee_id, locale)"
							+ " values (?, ?, ?, ?, ?, 'EMPLOYEE', 'SELF', ?, ?, 'en') on conflict do nothing")) {
				pick.setString(1, tenant);
				pick.setString(2, opts.getOrDefault("--prefix", "C") + "%");
				pick.setInt(3, users);
				try (ResultSet rs = pick.executeQuery()) {
					while (rs.next()) {
						UUID employee = rs.getObject(1, UUID.class);
						String email = "self-" + rs.getString(2).toLowerCase() + "@" + tenant + ".example";
						insert.setObject(1, UUID.randomUUID());
						insert.setString(2, tenant);
						insert.setString(3, email);
						insert.setString(4, rs.getString(2));
						insert.setString(5, hash);
						insert.setObject(6, rs.getObject(3, UUID.class));
						insert.setObject(7, employee);
						insert.addBatch();
						accounts.add(new String[] { employee.toString(), email });
					}
				}
				insert.executeBatch();
			}
		}
		return accounts;
	}

	private static List<User> tokens(HttpClient http, String base, List<String[]> accounts) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<User> users = new ArrayList<>();
		List<java.util.concurrent.Future<User>> futures = new ArrayList<>();
		for (String[] account : accounts) {
			futures.add(pool.submit(() -> new User(UUID.fromString(account[0]), account[1],
					token(http, base, account[1]), new AtomicInteger())));
		}
		for (var future : futures) {
			users.add(future.get());
		}
		pool.shutdown();
		return users;
	}

	/** One site at the bench position for every department of the tenant (HR's token). */
	private static void openSite(HttpClient http, String base, String hrToken) throws Exception {
		HttpResponse<String> departments = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/departments"))
			.header("Authorization", "Bearer " + hrToken).GET().build(), HttpResponse.BodyHandlers.ofString());
		Matcher ids = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(departments.body());
		List<String> quoted = new ArrayList<>();
		while (ids.find()) {
			quoted.add('"' + ids.group(1) + '"');
		}
		HttpResponse<String> site = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/attendance/sites"))
			.header("Authorization", "Bearer " + hrToken).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench site\",\"latitude\":" + LATITUDE
					+ ",\"longitude\":" + LONGITUDE + ",\"radiusMeters\":500,\"departmentIds\":"
					+ quoted.stream().distinct().toList() + "}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (site.statusCode() >= 300) {
			throw new IllegalStateException("site: HTTP " + site.statusCode() + " " + site.body());
		}
	}

	private static String token(HttpClient http, String base, String email) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
			.timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"self-service bench\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("token of " + email + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	/**
	 * The next {@code count} working days of the tenant's default calendar (HR's token), so that no leave request
	 * falls on a holiday such as 1 January; weekdays when the calendar cannot be read.
	 */
	private static List<LocalDate> workdaysAfter(HttpClient http, String base, String hrToken, LocalDate today,
			int count) throws IOException, InterruptedException {
		HttpResponse<String> calendar = http.send(HttpRequest.newBuilder(URI.create(base
				+ "/api/v1/attendance/calendars/default/days?from=" + today.plusDays(1) + "&to=" + today.plusDays(120)))
			.header("Authorization", "Bearer " + hrToken).GET().build(), HttpResponse.BodyHandlers.ofString());
		List<LocalDate> days = new ArrayList<>();
		Matcher working = Pattern.compile("\"date\"\\s*:\\s*\"([0-9-]{10})\"\\s*,\\s*\"type\"\\s*:\\s*\"(WORKDAY|MAKEUP_WORKDAY)\"")
			.matcher(calendar.statusCode() == 200 ? calendar.body() : "");
		while (working.find() && days.size() < count) {
			days.add(LocalDate.parse(working.group(1)));
		}
		if (!days.isEmpty()) {
			return days;
		}
		System.out.println("calendar not readable (HTTP " + calendar.statusCode() + "): weekdays are used");
		for (LocalDate day = today.plusDays(1); days.size() < count; day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days.add(day);
			}
		}
		return days;
	}

	private static long[] sorted(List<Long> values) {
		long[] array = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(array);
		return array;
	}

	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	/** CPU seconds of a process and its descendants (0 when unknown). */
	private static double cpuSeconds(long pid) {
		return pid <= 0 ? 0 : ProcessHandle.of(pid).map(root -> {
			double seconds = cpu(root);
			for (ProcessHandle child : root.descendants().toList()) {
				seconds += cpu(child);
			}
			return seconds;
		}).orElse(0.0);
	}

	private static double cpu(ProcessHandle process) {
		return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
	}

	private static String loadAverage() {
		try {
			return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
				.trim().split("\\s+"), 3));
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static String abbreviate(String body) {
		return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> opts = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		return opts;
	}

	/**
	 * The load's HTTP/1.1 client: keep-alive connections, each served by one thread that writes a request and reads its
	 * answer (Content-Length or chunked). It costs the shared 2 cores a fraction of what {@link HttpClient} does, so
	 * the figures are the app's, not the driver's. Requests wait in one queue while every connection is busy; their
	 * latency still counts from when they were due.
	 */
	static final class LeanHttp {

		/** One request, its bytes ready to write, and what to do with the status and body. */
		record Call(byte[] head, byte[] body, BiConsumer<Integer, String> done) {

			static Call get(String target, String token) {
				return new Call(("GET " + target + " HTTP/1.1\r\n" + headers(token)).getBytes(StandardCharsets.UTF_8),
						new byte[0], null);
			}

			static Call post(String target, String token, String json) {
				byte[] body = json.getBytes(StandardCharsets.UTF_8);
				return new Call(("POST " + target + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
						+ body.length + "\r\n" + headers(token)).getBytes(StandardCharsets.UTF_8), body, null);
			}

			private static String headers(String token) {
				return "Authorization: Bearer " + token + "\r\nAccept: application/json\r\n";
			}
		}

		private final String host;
		private final int port;
		private final byte[] hostAndEnd;
		private final java.util.concurrent.LinkedBlockingQueue<Call> queue = new java.util.concurrent.LinkedBlockingQueue<>();

		LeanHttp(URI base, int connections) {
			this.host = base.getHost();
			this.port = base.getPort();
			this.hostAndEnd = ("Host: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < connections; i++) {
				Thread worker = new Thread(this::serve, "load-" + i);
				worker.setDaemon(true);
				worker.start();
			}
		}

		void send(Call call, BiConsumer<Integer, String> done) {
			queue.add(new Call(call.head(), call.body(), done));
		}

		private void serve() {
			java.net.Socket socket = null;
			java.io.InputStream in = null;
			java.io.OutputStream out = null;
			while (true) {
				Call call;
				try {
					call = queue.take();
				}
				catch (InterruptedException ex) {
					return;
				}
				try {
					if (socket == null) {
						socket = new java.net.Socket(host, port);
						socket.setTcpNoDelay(true);
						socket.setSoTimeout(30_000);
						in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
						out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4096);
					}
					out.write(call.head());
					out.write(hostAndEnd);
					out.write(call.body());
					out.flush();
					Answer answer = read(in);
					if (answer.close()) {
						socket.close();
						socket = null;
					}
					call.done().accept(answer.status(), answer.body());
				}
				catch (IOException | RuntimeException ex) {
					try {
						if (socket != null) {
							socket.close();
						}
					}
					catch (IOException ignored) {
						// the connection is gone either way
					}
					socket = null;
					call.done().accept(-1, ex.toString());
				}
			}
		}

		record Answer(int status, String body, boolean close) {
		}

		private static Answer read(java.io.InputStream in) throws IOException {
			String statusLine = line(in);
			int status = Integer.parseInt(statusLine.substring(9, 12));
			int length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				String name = header.substring(0, colon).trim();
				String value = header.substring(colon + 1).trim();
				if (name.equalsIgnoreCase("Content-Length")) {
					length = Integer.parseInt(value);
				}
				else if (name.equalsIgnoreCase("Transfer-Encoding")) {
					chunked = value.equalsIgnoreCase("chunked");
				}
				else if (name.equalsIgnoreCase("Connection")) {
					close = value.equalsIgnoreCase("close");
				}
			}
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			if (chunked) {
				for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
					body.write(in.readNBytes(size));
					line(in);
				}
				while (!line(in).isEmpty()) {
					// trailers
				}
			}
			else if (length > 0) {
				body.write(in.readNBytes(length));
			}
			else if (length < 0 && status != 204 && status != 304) {
				body.write(in.readAllBytes());
				close = true;
			}
			return new Answer(status, body.toString(StandardCharsets.UTF_8), close);
		}

		private static int chunkSize(String line) {
			int semicolon = line.indexOf(';');
			return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
		}

		/** One header line without its CRLF; an EOF before it is an error. */
		private static String line(java.io.InputStream in) throws IOException {
			StringBuilder line = new StringBuilder(64);
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b < 0) {
					throw new java.io.EOFException("connection closed by the server");
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}
	}
}
