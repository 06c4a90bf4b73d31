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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The monthly close at scale: COPYs two clock events per workday (Monday to Friday) of {@code --month} for every
 * employee of the tenant numbered {@code --prefix}*, then closes the month through the API and polls the job until
 * it ends; prints the events loaded and the close's wall time.
 *
 * <p>{@code java -cp postgresql.jar bench/AttendanceCloseBench.java --base-url http://localhost:8080 --jdbc-url
 * jdbc:postgresql://localhost:5432/postgres --tenant acme --month 2026-06}
 */
public class AttendanceCloseBench {

	public static void main(String[] args) throws Exception {
		java.util.Map<String, String> opts = new java.util.HashMap<>(java.util.Map.of("--base-url",
				"http://localhost:8080", "--jdbc-url", "jdbc:postgresql://localhost:5432/postgres", "--tenant", "acme",
				"--prefix", "C", "--month", "2026-06"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		String tenant = opts.get("--tenant");
		YearMonth month = YearMonth.parse(opts.get("--month"));
		long events = load(opts.get("--jdbc-url"), tenant, opts.get("--prefix"), month);
		System.out.printf("loaded %d clock events for %s%n", events, month);
		String base = opts.get("--base-url");
		String token = token(base, "hr@" + tenant + ".example");
		HttpClient http = HttpClient.newHttpClient();
		long started = System.nanoTime();
		HttpResponse<String> close = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/attendance/periods/"
				+ month + "/close")).header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher job = Pattern.compile("\"jobId\"\\s*:\\s*\"([^\"]+)\"").matcher(close.body());
		if (close.statusCode() != 202 || !job.find()) {
			throw new IllegalStateException("close: HTTP " + close.statusCode() + " " + close.body());
		}
		String state;
		do {
			Thread.sleep(500);
			state = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/attendance/jobs/" + job.group(1)))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		while (state.contains("\"RUNNING\""));
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.println(state);
		System.out.printf("close of %s: %.1f s (goal < 60 s)%n", month, seconds);
	}

	private static long load(String url, String tenant, String prefix, YearMonth month) throws Exception {
		try (Connection db = DriverManager.getConnection(url, "postgres", "");
				Statement statement = db.createStatement()) {
			List<String> ids = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("select id from employee.employee where tenant_id = '" + tenant
					+ "' and employee_no like '" + prefix + "%'")) {
				while (rs.next()) {
					ids.add(rs.getString(1));
				}
			}
			Random random = new Random(7);
			long rows = 0;
			CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy attendance.clock_event (tenant_id, "
					+ "device_id, event_id, employee_id, at, source, received_at) from stdin with (format csv)");
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
			for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
					continue;
				}
				for (String id : ids) {
					for (int punch = 0; punch < 2; punch++) {
						int minutes = punch == 0 ? 8 * 60 + 30 + random.nextInt(45) : 17 * 60 + 50 + random.nextInt(60);
						String at = day.atTime(minutes / 60, minutes % 60).atOffset(ZoneOffset.ofHours(8)).toString();
						buffer.writeBytes((tenant + ",bench," + id + "-" + day + "-" + punch + "," + id + "," + at
								+ ",DEVICE," + at + "\n").getBytes(StandardCharsets.UTF_8));
						rows++;
					}
					if (buffer.size() > (1 << 20)) {
						copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
						buffer.reset();
					}
				}
			}
			copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
			copy.endCopy();
			statement.execute("vacuum analyze attendance.clock_event");
			return rows;
		}
	}

	private static String token(String baseUrl, String email) throws Exception {
		String basic = Base64.getEncoder().encodeToString((email + ":Renloop#2026").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
				+ "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"close bench\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}
}
