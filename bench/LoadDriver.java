import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load driver for the employee list/search API: C clients, each sending its next request as
 * soon as the previous one is answered, for a fixed time (or a fixed number of requests), after a warm-up.
 * Prints requests, errors, throughput and latency percentiles per scenario and overall.
 *
 * <p>No dependencies: {@code java bench/LoadDriver.java --base-url http://localhost:8080}. Runs on Java 17
 * (platform threads in a fixed pool, one per client).
 */
public class LoadDriver {

	/** One kind of request; {@code path} builds the URL path and query for a random draw. */
	record Scenario(String name, int weight, Function<SplittableRandom, String> path) {
	}

	/** Latencies in nanoseconds of successful responses, errors by status, per scenario, per client. */
	static final class Recorder {

		final long[][] latencies;

		final int[] counts;

		final Map<String, Integer>[] errors;

		@SuppressWarnings("unchecked")
		Recorder(int scenarios) {
			latencies = new long[scenarios][1024];
			counts = new int[scenarios];
			errors = new Map[scenarios];
			for (int i = 0; i < scenarios; i++) {
				errors[i] = new TreeMap<>();
			}
		}

		void ok(int scenario, long nanos) {
			if (counts[scenario] == latencies[scenario].length) {
				latencies[scenario] = Arrays.copyOf(latencies[scenario], counts[scenario] * 2);
			}
			latencies[scenario][counts[scenario]++] = nanos;
		}

		void error(int scenario, String kind) {
			errors[scenario].merge(kind, 1, Integer::sum);
		}
	}

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈" };

	private static final String[] FULL_NAME_FRAGMENTS = { "王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰",
			"吴涛", "建国", "子涵" };

	private static final String[] STATUSES = { "ACTIVE", "PROBATION", "ON_LEAVE", "TERMINATED" };

	public static void main(String[] args) throws Exception {
		Map<String, String> options = parse(args);
		String baseUrl = options.getOrDefault("base-url", "http://localhost:8080").replaceAll("/+$", "");
		String email = options.getOrDefault("email", "hr@demo.example");
		String password = options.getOrDefault("password", "Renloop#2026");
		int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
		int durationSeconds = Integer.parseInt(options.getOrDefault("duration", "60"));
		long maxRequests = Long.parseLong(options.getOrDefault("requests", "0"));
		int warmupSeconds = Integer.parseInt(options.getOrDefault("warmup", "15"));
		int pageSize = Integer.parseInt(options.getOrDefault("size", "20"));
		int timeoutSeconds = Integer.parseInt(options.getOrDefault("timeout", "30"));
		String only = options.get("scenarios");
		String numberPrefix = options.getOrDefault("number-prefix", "B");
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		Path jsonOut = options.containsKey("json") ? Path.of(options.get("json")) : null;
		long appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
		long dbPid = Long.parseLong(options.getOrDefault("db-pid", "0"));
		if (durationSeconds <= 0 && maxRequests <= 0) {
			throw new IllegalArgumentException("Need --duration > 0 or --requests > 0");
		}
		// hard cap so the driver always stops by itself
		int capSeconds = durationSeconds > 0 ? durationSeconds : Integer.parseInt(options.getOrDefault("max-seconds", "600"));

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(2, daemon("http")))
			.build();

		String token = token(http, baseUrl, email, password);
		String auth = "Bearer " + token;
		long total = totalElements(http, baseUrl, auth);
		int lastPage = (int) Math.max(0, Math.min(100_000, (total - 1) / pageSize));
		List<String> departments = departmentIds(http, baseUrl, auth);
		if (departments.isEmpty()) {
			throw new IllegalStateException("No departments visible to " + email);
		}

		String base = "/api/v1/employees?size=" + pageSize;
		List<Scenario> all = List.of(
				new Scenario("list_first_page", 15, r -> base + "&page=0"),
				new Scenario("list_pages_1_50", 10, r -> base + "&page=" + (1 + r.nextInt(50))),
				new Scenario("list_deep_page", 10, r -> base + "&page=" + (lastPage / 2 + r.nextInt(lastPage / 2 + 1))),
				new Scenario("search_surname", 15, r -> base + "&q=" + enc(SURNAMES[r.nextInt(SURNAMES.length)])),
				new Scenario("search_name_2chars", 10, r -> base + "&q=" + enc(FULL_NAME_FRAGMENTS[r.nextInt(FULL_NAME_FRAGMENTS.length)])),
				new Scenario("search_number_prefix", 10, r -> base + "&q=" + numberPrefix + String.format("%04d", r.nextInt(1000))),
				new Scenario("filter_department", 10, r -> base + "&departmentId=" + departments.get(r.nextInt(departments.size()))
						+ "&page=" + r.nextInt(3)),
				new Scenario("filter_status", 10, r -> base + "&status=" + STATUSES[r.nextInt(STATUSES.length)]),
				new Scenario("filter_dept_status_q", 10, r -> base + "&departmentId="
						+ departments.get(r.nextInt(departments.size())) + "&status=" + STATUSES[r.nextInt(STATUSES.length)]
						+ "&q=" + enc(SURNAMES[r.nextInt(SURNAMES.length)])));
		// not in the default mix (which stays comparable with earlier runs); chosen by name with --scenarios
		List<Scenario> optional = List.of(new Scenario("list_keyset_deep", 10, r -> base + "&after=" + numberPrefix
				+ String.format("%06d", (int) (total / 2) + r.nextInt((int) Math.max(1, total / 2)))));
		List<Scenario> scenarios = only == null ? all
				: java.util.stream.Stream.concat(all.stream(), optional.stream())
					.filter(s -> Arrays.asList(only.split(",")).contains(s.name()))
					.toList();
		if (scenarios.isEmpty()) {
			throw new IllegalArgumentException("No scenario matches --scenarios " + only);
		}
		int[] cumulative = new int[scenarios.size()];
		for (int i = 0, sum = 0; i < scenarios.size(); i++) {
			sum += scenarios.get(i).weight();
			cumulative[i] = sum;
		}

		PrintStream out = System.out;
		out.printf("Renloop load driver  %s%n", ZonedDateTime.now().withNano(0));
		out.printf("target %s  as %s  dataset: %d employees visible, %d departments%n", baseUrl, email, total,
				departments.size());
		out.printf("clients %d  warm-up %d s  measure %s  page size %d  cores %d  java %s%n", clients, warmupSeconds,
				durationSeconds > 0 ? durationSeconds + " s" : maxRequests + " requests", pageSize,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

		if (warmupSeconds > 0) {
			out.printf("warm-up ...%n");
			run(http, baseUrl, auth, scenarios, cumulative, clients, warmupSeconds, 0, timeoutSeconds, seed + 1000);
		}
		out.printf("measuring ...%n");
		String loadBefore = loadAverage();
		long[] machineBefore = machineCpu();
		double driverCpuBefore = cpuSeconds(ProcessHandle.current().pid());
		double appCpuBefore = cpuSeconds(appPid);
		double dbCpuBefore = cpuSeconds(dbPid);
		long started = System.nanoTime();
		Recorder[] recorders = run(http, baseUrl, auth, scenarios, cumulative, clients, capSeconds, maxRequests,
				timeoutSeconds, seed);
		double seconds = (System.nanoTime() - started) / 1e9;
		double appCpu = cpuSeconds(appPid) - appCpuBefore;
		double dbCpu = cpuSeconds(dbPid) - dbCpuBefore;
		double driverCpu = cpuSeconds(ProcessHandle.current().pid()) - driverCpuBefore;
		String loadAfter = loadAverage();
		long[] machineAfter = machineCpu();

		List<Map<String, Object>> rows = new ArrayList<>();
		out.println();
		out.printf("%-22s %9s %7s %9s %9s %9s %9s %9s %9s%n", "scenario", "requests", "errors", "req/s", "p50 ms",
				"p95 ms", "p99 ms", "max ms", "mean ms");
		List<long[]> everything = new ArrayList<>();
		Map<String, Integer> allErrors = new TreeMap<>();
		for (int s = 0; s < scenarios.size(); s++) {
			long[] merged = merge(recorders, s);
			everything.add(merged);
			Map<String, Integer> errors = new TreeMap<>();
			for (Recorder recorder : recorders) {
				recorder.errors[s].forEach((k, v) -> errors.merge(k, v, Integer::sum));
			}
			errors.forEach((k, v) -> allErrors.merge(k, v, Integer::sum));
			rows.add(row(out, scenarios.get(s).name(), merged, errors, seconds));
		}
		long[] overall = everything.stream().flatMapToLong(Arrays::stream).toArray();
		Arrays.sort(overall);
		out.println("-".repeat(106));
		Map<String, Object> summary = row(out, "overall", overall, allErrors, seconds);
		out.printf("%nmeasured %.1f s; latencies are of successful (200) responses, from request sent to body read; "
				+ "errors = non-200 or failed requests%s%n", seconds, allErrors.isEmpty() ? "" : " " + allErrors);
		long requests = ((Number) summary.get("requests")).longValue();
		if (appPid > 0 || dbPid > 0) {
			out.printf("CPU used while measuring: app JVM %.1f s, PostgreSQL %.1f s = %.1f ms CPU per request "
					+ "(app %.1f + db %.1f); %.2f of %d cores busy with it%n", appCpu, dbCpu,
					(appCpu + dbCpu) * 1000 / Math.max(1, requests), appCpu * 1000 / Math.max(1, requests),
					dbCpu * 1000 / Math.max(1, requests), (appCpu + dbCpu) / seconds,
					Runtime.getRuntime().availableProcessors());
			out.printf("(this driver used %.1f s CPU on the same machine meanwhile)%n", driverCpu);
			summary.put("app_cpu_ms_per_request", round(appCpu * 1000 / Math.max(1, requests)));
			summary.put("db_cpu_ms_per_request", round(dbCpu * 1000 / Math.max(1, requests)));
		}
		if (machineBefore != null && machineAfter != null) {
			int cores = Runtime.getRuntime().availableProcessors();
			double jiffies = machineAfter[1] - machineBefore[1];
			double busyCores = jiffies <= 0 ? 0 : (machineAfter[0] - machineBefore[0]) / jiffies * cores;
			double ours = (appCpu + dbCpu + driverCpu) / seconds;
			out.printf("machine: %.2f of %d cores busy while measuring, %.2f of them by this app, its database and "
					+ "this driver, %.2f by other processes%n", busyCores, cores, Math.min(ours, busyCores),
					Math.max(0, busyCores - ours));
			summary.put("machine_busy_cores", Math.round(busyCores * 100) / 100.0);
			summary.put("other_processes_cores", Math.round(Math.max(0, busyCores - ours) * 100) / 100.0);
		}
		if (loadBefore != null) {
			out.printf("load average (1/5/15 min) before: %s, after: %s%n", loadBefore, loadAfter);
		}

		if (jsonOut != null) {
			StringBuilder json = new StringBuilder("{\n");
			json.append("  \"date\": \"").append(ZonedDateTime.now().withNano(0)).append("\",\n");
			json.append("  \"employees\": ").append(total).append(",\n");
			json.append("  \"clients\": ").append(clients).append(",\n");
			json.append("  \"seconds\": ").append(String.format("%.1f", seconds)).append(",\n");
			json.append("  \"overall\": ").append(toJson(summary)).append(",\n");
			json.append("  \"scenarios\": [\n");
			for (int i = 0; i < rows.size(); i++) {
				json.append("    ").append(toJson(rows.get(i))).append(i + 1 < rows.size() ? ",\n" : "\n");
			}
			json.append("  ]\n}\n");
			Files.writeString(jsonOut, json);
		}
		System.exit(allErrors.isEmpty() ? 0 : 2);
	}

	/** Runs the clients until the deadline (or the request budget) and returns their recorders. */
	private static Recorder[] run(HttpClient http, String baseUrl, String auth, List<Scenario> scenarios,
			int[] cumulative, int clients, int seconds, long maxRequests, int timeoutSeconds, long seed)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("client"));
		Recorder[] recorders = new Recorder[clients];
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		AtomicLong budget = new AtomicLong(maxRequests > 0 ? maxRequests : Long.MAX_VALUE);
		for (int c = 0; c < clients; c++) {
			Recorder recorder = new Recorder(scenarios.size());
			recorders[c] = recorder;
			SplittableRandom random = new SplittableRandom(seed * 1_000_003 + c);
			pool.execute(() -> {
				while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
					int s = pick(cumulative, random);
					HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + scenarios.get(s).path().apply(random)))
						.timeout(Duration.ofSeconds(timeoutSeconds))
						.header("Authorization", auth)
						.header("Accept", "application/json")
						.GET()
						.build();
					long sent = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						long took = System.nanoTime() - sent;
						if (response.statusCode() == 200 && response.body().length > 0) {
							recorder.ok(s, took);
						}
						else {
							recorder.error(s, "HTTP " + response.statusCode());
						}
					}
					catch (IOException ex) {
						recorder.error(s, ex.getClass().getSimpleName());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(seconds + timeoutSeconds + 10L, TimeUnit.SECONDS)) {
			pool.shutdownNow();
			pool.awaitTermination(5, TimeUnit.SECONDS);
		}
		return recorders;
	}

	/** CPU seconds used so far by a process and its descendants (0 when not known). */
	private static double cpuSeconds(long pid) {
		if (pid <= 0) {
			return 0;
		}
		return ProcessHandle.of(pid).map(root -> {
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

	/** Busy and total jiffies of all CPUs, from /proc/stat; null where that is not available. */
	private static long[] machineCpu() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			long idle = 0;
			for (int i = 1; i < fields.length && i <= 8; i++) {
				long value = Long.parseLong(fields[i]);
				total += value;
				if (i == 4 || i == 5) {
					idle += value; // idle, iowait
				}
			}
			return new long[] { total - idle, total };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static int pick(int[] cumulative, SplittableRandom random) {
		int r = random.nextInt(cumulative[cumulative.length - 1]);
		for (int i = 0; i < cumulative.length; i++) {
			if (r < cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	private static long[] merge(Recorder[] recorders, int scenario) {
		int n = 0;
		for (Recorder r : recorders) {
			n += r.counts[scenario];
		}
		long[] merged = new long[n];
		int at = 0;
		for (Recorder r : recorders) {
			System.arraycopy(r.latencies[scenario], 0, merged, at, r.counts[scenario]);
			at += r.counts[scenario];
		}
		Arrays.sort(merged);
		return merged;
	}

	private static Map<String, Object> row(PrintStream out, String name, long[] sorted, Map<String, Integer> errors,
			double seconds) {
		int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
		long requests = sorted.length + errorCount;
		double mean = sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6;
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("scenario", name);
		row.put("requests", requests);
		row.put("errors", errorCount);
		row.put("rps", round(requests / seconds));
		row.put("p50", round(percentile(sorted, 0.50)));
		row.put("p95", round(percentile(sorted, 0.95)));
		row.put("p99", round(percentile(sorted, 0.99)));
		row.put("max", round(sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6));
		row.put("mean", round(mean));
		out.printf("%-22s %9d %7d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f%n", name, requests, errorCount,
				requests / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
				sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, mean);
		return row;
	}

	/** Nearest-rank percentile in milliseconds. */
	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String toJson(Map<String, Object> row) {
		StringBuilder json = new StringBuilder("{");
		row.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
			.append(v instanceof String ? "\"" + v + "\"" : v));
		return json.append('}').toString();
	}

	private static String token(HttpClient http, String baseUrl, String email, String password)
			throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/tokens"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	/**
	 * The number of employees the list holds. The API counts only up to a limit ("totalExact": false beyond it), so
	 * a longer list is measured by a binary search for its last page.
	 */
	private static long totalElements(HttpClient http, String baseUrl, String auth) throws IOException, InterruptedException {
		String body = get(http, baseUrl + "/api/v1/employees?size=1", auth);
		Matcher total = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)").matcher(body);
		if (!total.find()) {
			throw new IllegalStateException("No totalElements in " + body);
		}
		if (!body.contains("\"totalExact\":false")) {
			return Long.parseLong(total.group(1));
		}
		int size = 200;
		int low = 0; // a page known to have rows
		int high = 100_001; // a page known to be empty (or beyond the API's last page)
		while (high - low > 1) {
			int middle = (low + high) >>> 1;
			if (rowsOn(http, baseUrl, auth, middle, size) > 0) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return (long) low * size + rowsOn(http, baseUrl, auth, low, size);
	}

	private static int rowsOn(HttpClient http, String baseUrl, String auth, int page, int size)
			throws IOException, InterruptedException {
		String body = get(http, baseUrl + "/api/v1/employees?size=" + size + "&page=" + page, auth);
		Matcher row = Pattern.compile("\\{\"id\"\\s*:").matcher(body);
		int rows = 0;
		while (row.find()) {
			rows++;
		}
		return rows;
	}

	/** Department ids in the order the API lists them (the tree, depth first). */
	private static List<String> departmentIds(HttpClient http, String baseUrl, String auth)
			throws IOException, InterruptedException {
		String body = get(http, baseUrl + "/api/v1/departments", auth);
		List<String> ids = new ArrayList<>();
		Matcher id = Pattern.compile("\\{\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(body);
		while (id.find()) {
			ids.add(id.group(1));
		}
		return ids;
	}

	private static String get(HttpClient http, String url, String auth) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", auth)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + url + " failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static java.util.concurrent.ThreadFactory daemon(String prefix) {
		AtomicLong n = new AtomicLong();
		return runnable -> {
			Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("-h") || args[i].equals("--help")) {
				System.out.println("Options: --base-url http://localhost:8080 --email hr@demo.example --password ... "
						+ "--clients 50 --duration 60 | --requests N [--max-seconds 600] --warmup 15 --size 20 "
						+ "--timeout 30 --number-prefix B --scenarios a,b --seed 1 --json file --app-pid PID --db-pid PID");
				System.exit(0);
			}
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
			}
			options.put(args[i].substring(2), args[++i]);
		}
		return options;
	}
}
