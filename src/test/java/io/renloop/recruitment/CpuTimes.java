package io.renloop.recruitment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this JVM by thread group (threads named by a prefix: {@code resume-import}, {@code matching-background},
 * …), of the whole JVM, and of a PostgreSQL server with all its backends (Linux {@code /proc}), for benchmarks: CPU
 * time is steadier than wall time on a shared machine. A snapshot is taken with {@link #now}; the difference of two
 * covers the threads alive at both, so thread pools that keep their threads are measured whole.
 */
final class CpuTimes {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
	private static final double TICKS_PER_SECOND = 100;

	private final Map<Long, Long> threadNanos;

	private final Map<Long, String> threadNames;

	private final long processNanos;

	private final long databaseNanos;

	private CpuTimes(Map<Long, Long> threadNanos, Map<Long, String> threadNames, long processNanos,
			long databaseNanos) {
		this.threadNanos = threadNanos;
		this.threadNames = threadNames;
		this.processNanos = processNanos;
		this.databaseNanos = databaseNanos;
	}

	/** CPU times now; {@code postmasterPid} is the database server's main process, or 0 to leave it out. */
	static CpuTimes now(long postmasterPid) {
		Map<Long, Long> nanos = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (long id : THREADS.getAllThreadIds()) {
			long cpu = THREADS.getThreadCpuTime(id);
			var info = THREADS.getThreadInfo(id);
			if (cpu >= 0 && info != null) {
				nanos.put(id, cpu);
				names.put(id, info.getThreadName());
			}
		}
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new CpuTimes(nanos, names, process, postmasterPid == 0 ? 0 : databaseNanos(postmasterPid));
	}

	/** CPU seconds spent since {@code earlier} by the threads whose names start with {@code prefix}. */
	double threadSeconds(CpuTimes earlier, String prefix) {
		long sum = 0;
		for (Map.Entry<Long, Long> thread : threadNanos.entrySet()) {
			if (threadNames.get(thread.getKey()).startsWith(prefix)) {
				sum += thread.getValue() - earlier.threadNanos.getOrDefault(thread.getKey(), 0L);
			}
		}
		return sum / 1e9;
	}

	/** CPU seconds spent since {@code earlier} by thread name (digits removed, so a pool's threads are summed). */
	Map<String, Double> secondsByThreadName(CpuTimes earlier) {
		Map<String, Double> seconds = new TreeMap<>();
		for (Map.Entry<Long, Long> thread : threadNanos.entrySet()) {
			String name = threadNames.get(thread.getKey()).replaceAll("\\d+", "#");
			long nanos = thread.getValue() - earlier.threadNanos.getOrDefault(thread.getKey(), 0L);
			seconds.merge(name, nanos / 1e9, Double::sum);
		}
		return seconds;
	}

	/** CPU seconds of the whole JVM since {@code earlier}. */
	double processSeconds(CpuTimes earlier) {
		return (processNanos - earlier.processNanos) / 1e9;
	}

	/** CPU seconds of the database server and its backends since {@code earlier}. */
	double databaseSeconds(CpuTimes earlier) {
		return (databaseNanos - earlier.databaseNanos) / 1e9;
	}

	/** The 1-minute load average of the machine. */
	static String loadAverage() {
		try {
			return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** The parent of a process: for a PostgreSQL backend, the server's main process. */
	static long parentOf(long pid) {
		String[] stat = stat(pid);
		return stat == null ? 0 : Long.parseLong(stat[1]);
	}

	/** The server's own time, its ended children's, and that of every backend alive now. */
	private static long databaseNanos(long postmaster) {
		String[] own = stat(postmaster);
		if (own == null) {
			return 0;
		}
		long ticks = ticks(own, 11) + ticks(own, 12) + ticks(own, 13) + ticks(own, 14);
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				String[] child = stat(Long.parseLong(process.getFileName().toString()));
				if (child != null && Long.parseLong(child[1]) == postmaster) {
					ticks += ticks(child, 11) + ticks(child, 12);
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return (long) (ticks / TICKS_PER_SECOND * 1e9);
	}

	/** Fields of {@code /proc/<pid>/stat} after the command name: [0] state, [1] parent, [11] utime, [12] stime … */
	private static String[] stat(long pid) {
		try {
			String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return line.substring(line.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static long ticks(String[] stat, int field) {
		return Long.parseLong(stat[field]);
	}
}
