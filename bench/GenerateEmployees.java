import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Adds N generated employees to an existing tenant with PostgreSQL COPY, then VACUUMs and ANALYZEs the
 * table.
 *
 * <p>Rows are spread over the tenant's existing departments (teams weighted higher than companies and
 * departments), take a position from the department's headcount plan when it has one, report to the
 * department's manager, and get Chinese names with a realistic surname frequency, unique numbers
 * {@code <prefix>000001...} (continuing after the highest existing number with that prefix, so runs can be
 * repeated), hire dates over the last 20 years weighted towards recent ones, and statuses derived from
 * them (PROBATION in the first six months, then mostly ACTIVE, some ON_LEAVE and TERMINATED). Personal-data
 * columns stay NULL; education gets one entry so rows are about as wide as real ones.
 *
 * <p>Run with the PostgreSQL JDBC driver on the class path:
 * {@code java -cp postgresql.jar bench/GenerateEmployees.java --jdbc-url jdbc:postgresql://localhost:5432/postgres}
 */
public class GenerateEmployees {

	// Rough frequency of the most common Chinese surnames (percent of the population), then a uniform tail.
	private static final String[] TOP_SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "高", "林", "罗" };

	private static final double[] TOP_WEIGHTS = { 7.1, 7.0, 6.7, 5.4, 4.6, 3.1, 2.2, 2.2, 2.0, 1.9, 1.8, 1.5, 1.5, 1.3,
			1.3, 1.2, 1.2, 1.2, 1.1, 0.9 };

	private static final String[] OTHER_SURNAMES = { "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
			"肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢",
			"姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦",
			"邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱",
			"严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "上官", "司马" };

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩凯鹏飞鑫博海波辉林晨阳晓峰亮俊琳婷雪瑞佳欣怡"
			+ "振兴宏达立新春生永福德荣玉兰凤梅莉慧子涵思雨梓轩一诺嘉怡泽宇天佑若曦雅琪世杰嘉豪家乐子豪美玲淑珍秋菊";

	private static final String[] SCHOOLS = { "中国矿业大学", "太原理工大学", "山西大学", "河南理工大学", "安徽理工大学", "西安科技大学",
			"辽宁工程技术大学", "山东科技大学", "中南大学", "东北大学", "北京科技大学", "重庆大学", "山西工程职业学院", "大同煤炭职业技术学院" };

	private static final String[] MAJORS = { "采矿工程", "安全工程", "机械工程", "电气工程及其自动化", "矿物加工工程", "地质工程",
			"计算机科学与技术", "会计学", "工商管理", "人力资源管理", "市场营销", "通风与安全", "测绘工程" };

	private static final String[] DEGREES = { "大专", "大专", "本科", "本科", "本科", "硕士", "中专" };

	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "135", "136", "137", "138", "139", "150",
			"151", "152", "155", "158", "159", "176", "177", "180", "181", "186", "188", "189", "199" };

	private static final String COLUMNS = "id, tenant_id, employee_no, name, email, phone, department_id, position_id, "
			+ "manager_id, hire_date, status, termination_date, education";

	record Department(UUID id, UUID managerId, String kind, List<UUID> positions) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = parse(args);
		String url = options.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:5432/postgres");
		String user = options.getOrDefault("user", "postgres");
		String password = options.getOrDefault("password", "");
		String tenant = options.getOrDefault("tenant", "demo");
		int count = Integer.parseInt(options.getOrDefault("count", "100000"));
		String prefix = options.getOrDefault("prefix", "B");
		long seed = Long.parseLong(options.getOrDefault("seed", "20261122"));
		int chunk = Integer.parseInt(options.getOrDefault("chunk", "5000"));
		if (!prefix.matches("[A-Za-z]{1,10}")) {
			throw new IllegalArgumentException("--prefix must be 1-10 letters");
		}

		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(false);
			List<Department> departments = departments(connection, tenant);
			if (departments.isEmpty()) {
				throw new IllegalStateException("Tenant '" + tenant + "' has no departments; start the app with "
						+ "RENLOOP_DEMO=true first or pick another --tenant");
			}
			List<UUID> allPositions = ids(connection, "select id from organization.position where tenant_id = ? order by code", tenant);
			long before = scalar(connection, "select count(*) from employee.employee where tenant_id = ?", tenant);
			int first = nextNumber(connection, tenant, prefix);
			System.out.printf("Tenant %s: %d employees, %d departments, %d positions; adding %d as %s%06d..%s%06d%n",
					tenant, before, departments.size(), allPositions.size(), count, prefix, first, prefix,
					first + count - 1);

			double[] cumulative = departmentWeights(departments);
			Random random = new Random(seed);
			LocalDate today = LocalDate.now();
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY employee.employee (" + COLUMNS + ") FROM STDIN WITH (FORMAT text)");
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(chunk * 400);
			StringBuilder row = new StringBuilder(400);
			Map<String, Integer> statuses = new LinkedHashMap<>();
			try {
				for (int i = 0; i < count; i++) {
					Department department = departments.get(pick(cumulative, random));
					List<UUID> positions = department.positions().isEmpty() ? allPositions : department.positions();
					UUID position = positions.isEmpty() ? null : positions.get(random.nextInt(positions.size()));
					String number = String.format("%s%06d", prefix, first + i);
					LocalDate hireDate = hireDate(today, random);
					String status = status(hireDate, today, random);
					LocalDate terminated = status.equals("TERMINATED") ? terminationDate(hireDate, today, random) : null;
					statuses.merge(status, 1, Integer::sum);

					row.setLength(0);
					field(row, UUID.randomUUID().toString());
					field(row, tenant);
					field(row, number);
					field(row, name(random));
					field(row, number.toLowerCase() + "@" + tenant + ".example");
					field(row, mobile(random));
					field(row, department.id().toString());
					field(row, position == null ? null : position.toString());
					field(row, department.managerId() == null ? null : department.managerId().toString());
					field(row, hireDate.toString());
					field(row, status);
					field(row, terminated == null ? null : terminated.toString());
					field(row, education(hireDate, random));
					row.setCharAt(row.length() - 1, '\n');
					buffer.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
					if ((i + 1) % chunk == 0 || i == count - 1) {
						byte[] bytes = buffer.toByteArray();
						copy.writeToCopy(bytes, 0, bytes.length);
						buffer.reset();
					}
				}
				long copied = copy.endCopy();
				connection.commit();
				long copySeconds = (System.nanoTime() - started) / 1_000_000;
				System.out.printf("Copied %d rows in %d ms (%.0f rows/s); statuses %s%n", copied, copySeconds,
						copied * 1000.0 / Math.max(1, copySeconds), statuses);
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}

			long analyzeStarted = System.nanoTime();
			connection.setAutoCommit(true);
			double visible = 0;
			// VACUUM also sets the visibility map, as autovacuum would in time, so that counts can be index-only
			// scans. It cannot while another session still holds a snapshot older than the COPY (right after
			// start-up, autovacuum's ANALYZE of the freshly seeded tables does), so retry for a while.
			for (int attempt = 1; attempt <= 15; attempt++) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("VACUUM (ANALYZE) employee.employee");
				}
				visible = allVisibleFraction(connection);
				if (visible >= 0.95) {
					break;
				}
				Thread.sleep(2000);
			}
			// the set-up's dirty pages written now, not by a checkpoint in the middle of a measured run
			try (Statement statement = connection.createStatement()) {
				statement.execute("CHECKPOINT");
			}
			long after = scalar(connection, "select count(*) from employee.employee where tenant_id = ?", tenant);
			System.out.printf("VACUUM ANALYZE in %d ms (%.0f%% of pages all-visible); tenant %s now has %d employees; "
					+ "total %d ms%n", (System.nanoTime() - analyzeStarted) / 1_000_000, visible * 100, tenant, after,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	private static List<Department> departments(Connection connection, String tenant) throws SQLException {
		Map<UUID, List<UUID>> plans = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"select department_id, position_id from organization.headcount_plan where tenant_id = ? order by department_id, position_id")) {
			statement.setString(1, tenant);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					plans.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
				}
			}
		}
		List<Department> departments = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"select id, manager_id, kind from organization.department where tenant_id = ? order by path")) {
			statement.setString(1, tenant);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					UUID id = rs.getObject(1, UUID.class);
					departments.add(new Department(id, rs.getObject(2, UUID.class), rs.getString(3),
							plans.getOrDefault(id, List.of())));
				}
			}
		}
		return departments;
	}

	/** Teams hold most people, departments some, the company level few. */
	private static double[] departmentWeights(List<Department> departments) {
		double[] cumulative = new double[departments.size()];
		double total = 0;
		for (int i = 0; i < departments.size(); i++) {
			total += switch (departments.get(i).kind()) {
				case "TEAM" -> 6;
				case "DEPARTMENT" -> 2;
				default -> 0.2;
			};
			cumulative[i] = total;
		}
		return cumulative;
	}

	private static int pick(double[] cumulative, Random random) {
		double r = random.nextDouble() * cumulative[cumulative.length - 1];
		for (int i = 0; i < cumulative.length; i++) {
			if (r < cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	private static String name(Random random) {
		double topTotal = 0;
		for (double w : TOP_WEIGHTS) {
			topTotal += w;
		}
		// the top 20 surnames cover about 55% of people
		String surname;
		if (random.nextDouble() < 0.55) {
			double r = random.nextDouble() * topTotal;
			int i = 0;
			while (i < TOP_WEIGHTS.length - 1 && r >= TOP_WEIGHTS[i]) {
				r -= TOP_WEIGHTS[i++];
			}
			surname = TOP_SURNAMES[i];
		}
		else {
			surname = OTHER_SURNAMES[random.nextInt(OTHER_SURNAMES.length)];
		}
		StringBuilder name = new StringBuilder(surname);
		int length = random.nextInt(10) < 3 ? 1 : 2;
		for (int i = 0; i < length; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	private static String mobile(Random random) {
		return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
	}

	/** Over the last 20 years, more recent hires more likely (about a third in the last 3 years). */
	private static LocalDate hireDate(LocalDate today, Random random) {
		double years = 20 * Math.pow(random.nextDouble(), 1.6);
		return today.minusDays(1 + (long) (years * 365));
	}

	private static String status(LocalDate hireDate, LocalDate today, Random random) {
		if (hireDate.isAfter(today.minusMonths(6))) {
			return "PROBATION";
		}
		int r = random.nextInt(100);
		if (r < 3) {
			return "ON_LEAVE";
		}
		if (r < 11) {
			return "TERMINATED";
		}
		return "ACTIVE";
	}

	private static LocalDate terminationDate(LocalDate hireDate, LocalDate today, Random random) {
		LocalDate earliest = hireDate.plusMonths(6);
		long days = Math.max(1, today.toEpochDay() - earliest.toEpochDay());
		return earliest.plusDays(random.nextInt((int) Math.min(Integer.MAX_VALUE, days)));
	}

	private static String education(LocalDate hireDate, Random random) {
		String degree = DEGREES[random.nextInt(DEGREES.length)];
		int years = switch (degree) {
			case "本科" -> 4;
			case "硕士" -> 3;
			default -> 3;
		};
		int endYear = (hireDate.getMonthValue() >= 8 ? hireDate.getYear() : hireDate.getYear() - 1) - random.nextInt(4);
		return "[{\"school\": \"" + SCHOOLS[random.nextInt(SCHOOLS.length)] + "\", \"degree\": \"" + degree
				+ "\", \"major\": \"" + MAJORS[random.nextInt(MAJORS.length)] + "\", \"start\": \"" + (endYear - years)
				+ "-09-01\", \"end\": \"" + endYear + "-07-01\"}]";
	}

	/** Appends one COPY text-format field and a tab; NULL is \N. */
	private static void field(StringBuilder row, String value) {
		if (value == null) {
			row.append("\\N");
		}
		else {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> row.append("\\\\");
					case '\t' -> row.append("\\t");
					case '\n' -> row.append("\\n");
					case '\r' -> row.append("\\r");
					default -> row.append(c);
				}
			}
		}
		row.append('\t');
	}

	private static double allVisibleFraction(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select relallvisible::float8 / greatest(relpages, 1) "
						+ "from pg_class where oid = 'employee.employee'::regclass")) {
			rs.next();
			return rs.getDouble(1);
		}
	}

	private static int nextNumber(Connection connection, String tenant, String prefix) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select max(substring(employee_no from ?)::int) "
				+ "from employee.employee where tenant_id = ? and employee_no ~ ?")) {
			statement.setInt(1, prefix.length() + 1);
			statement.setString(2, tenant);
			statement.setString(3, "^" + prefix + "[0-9]{1,9}$");
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				int max = rs.getInt(1);
				return rs.wasNull() ? 1 : max + 1;
			}
		}
	}

	private static List<UUID> ids(Connection connection, String sql, String tenant) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, tenant);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getObject(1, UUID.class));
				}
			}
		}
		return ids;
	}

	private static long scalar(Connection connection, String sql, String tenant) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, tenant);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("-h") || args[i].equals("--help")) {
				System.out.println("Options: --jdbc-url URL --user postgres --password '' --tenant demo --count 100000 "
						+ "--prefix B --seed N --chunk 5000");
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
