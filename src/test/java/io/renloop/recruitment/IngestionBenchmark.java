package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.matching.CachedTextVectors;
import io.renloop.recruitment.internal.matching.TextEmbeddings;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resume ingestion end to end, as a recruiter's bulk upload runs in production: the files of a
 * {@link ResumeCorpus} (default 1,000 PDF and DOCX resumes) are posted to {@code POST /api/v1/candidates/import}
 * in uploads of at most 500 files and 45 MB, and the clock stops when every resume has been extracted, parsed,
 * stored, scored against the requisition (stored match) and indexed in the talent pool. Then the embedding model
 * alone embeds the same extracted texts, with one caller and with one caller per core, for the comparison. Not
 * part of the build (the name does not end in Tests); see {@code bench/README-recruitment.md}.
 */
@RenloopIntegrationTest
class IngestionBenchmark {

	private static final int RESUMES = Integer.getInteger("bench.resumes", 1000);

	private static final Path DIRECTORY = Path.of(
			System.getProperty("bench.resumes.dir", ResumeCorpus.DEFAULT_DIRECTORY.toString()));

	private static final long MAX_UPLOAD_BYTES = 45L * 1024 * 1024;

	/**
	 * Resumes of another corpus sent through the whole pipeline (to another requisition) before the measured run, so
	 * that the figures are of a warmed-up server, as the model-only figures are of a warmed-up model; 0 for none.
	 */
	private static final int WARM_UP = Integer.getInteger("bench.warm-up", 100);

	/**
	 * Whether the model alone then embeds the same texts for comparison ({@code -Dbench.model-only=false} skips it:
	 * the pipeline's own figure is the goal, the comparison was for an earlier one).
	 */
	private static final boolean MODEL_ONLY = Boolean.parseBoolean(System.getProperty("bench.model-only", "true"));

	/** How often the recruiter's client asks for a job's state, as the bulk upload page does about every second. */
	private static final long JOB_POLL_MILLIS = 500;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TextEmbeddings embeddings;

	@Autowired
	TalentPoolIndex index;

	@Autowired
	CachedTextVectors cachedVectors;

	@Test
	void pipelineAgainstModelOnly() throws Exception {
		List<Path> files = ResumeCorpus.write(DIRECTORY, RESUMES, ResumeCorpus.DEFAULT_SEED);
		RecruitmentFixtures fixtures = new RecruitmentFixtures(port);
		UUID mining = new DemoData(jdbc).departmentId(DEMO, "MINING");
		ApiClient recruiter = ApiClient.as(port, "recruiter@demo.example");
		embeddings.vector("预热 warm-up");
		if (WARM_UP > 0) {
			long warmUpStart = System.nanoTime();
			List<Path> warmUpFiles = ResumeCorpus.write(DIRECTORY.resolveSibling(DIRECTORY.getFileName() + "-warm-up"),
					WARM_UP, ResumeCorpus.DEFAULT_SEED + 1);
			ingest(warmUpFiles, fixtures.openRequisition(mining), recruiter);
			System.out.printf(Locale.ROOT, "warm-up: %d other resumes through the whole pipeline in %.1f s%n",
					WARM_UP, seconds(warmUpStart));
		}
		String requisition = fixtures.openRequisition(mining);
		long postmaster = CpuTimes.parentOf(jdbc.queryForObject("select pg_backend_pid()", Long.class));
		long modelCallsBefore = cachedVectors.modelCalls();
		long vectorRequestsBefore = cachedVectors.requests();
		System.out.println("load average before: " + CpuTimes.loadAverage());

		CpuTimes cpuBefore = CpuTimes.now(postmaster);
		long start = System.nanoTime();
		Ingested ingested = ingest(files, requisition, recruiter);
		double importSeconds = ingested.importSeconds();
		int stored = ingested.stored();
		double pipelineSeconds = seconds(start);
		CpuTimes cpuAfter = CpuTimes.now(postmaster);
		double pipelineRate = files.size() / pipelineSeconds;
		System.out.printf(Locale.ROOT, "pipeline: %d files (%d applications stored) uploaded, extracted, parsed and "
				+ "stored in %.1f s; scored and indexed after %.1f s: %.1f resumes/s; load average after: %s%n",
				files.size(), stored, importSeconds, pipelineSeconds, pipelineRate, CpuTimes.loadAverage());
		double pipelineCpuMs = cpuBreakdown(cpuBefore, cpuAfter, files.size());
		System.out.printf(Locale.ROOT, "model calls: %d for %d vector requests%n",
				cachedVectors.modelCalls() - modelCallsBefore, cachedVectors.requests() - vectorRequestsBefore);

		if (!MODEL_ONLY) {
			return;
		}
		List<String> texts = texts(files);
		int cores = Runtime.getRuntime().availableProcessors();
		ModelOnly oneCaller = modelOnly(texts, 1);
		ModelOnly allCores = modelOnly(texts, cores);
		double best = Math.max(oneCaller.textsPerSecond(), allCores.textsPerSecond());
		System.out.printf(Locale.ROOT,
				"model only, same texts: %.1f texts/s with 1 caller, %.1f with %d callers; CPU ms per text: callers "
						+ "%.1f / %.1f, whole JVM %.1f / %.1f; load average after: %s%n",
				oneCaller.textsPerSecond(), allCores.textsPerSecond(), cores, oneCaller.cpuMsPerText(),
				allCores.cpuMsPerText(), oneCaller.processCpuMsPerText(), allCores.processCpuMsPerText(),
				CpuTimes.loadAverage());
		System.out.printf(Locale.ROOT, "pipeline / best model-only throughput: %.0f %% (wall clock); "
				+ "model CPU per text / pipeline CPU per resume: %.0f %% (callers' CPU), %.0f %% (whole JVM's)%n",
				100 * pipelineRate / best, 100 * Math.min(oneCaller.cpuMsPerText(), allCores.cpuMsPerText()) / pipelineCpuMs,
				100 * Math.min(oneCaller.processCpuMsPerText(), allCores.processCpuMsPerText()) / pipelineCpuMs);
	}

	/**
	 * Threads by stage: intake runs on the background-job workers (formerly resume-import), scoring on
	 * matching-background and indexing, with the resume's blocks embedded, on the talent-pool follower.
	 */
	private static final List<String> INTAKE = List.of("resume-import", "background-job");

	private static final List<String> SCORING = List.of("matching-background");

	private static final List<String> INDEXING = List.of("talent-pool-follower");

	/** Prints CPU milliseconds per resume by stage and returns those of the application and database together. */
	private static double cpuBreakdown(CpuTimes before, CpuTimes after, int resumes) {
		double upload = after.threadSeconds(before, "http-nio");
		double intake = INTAKE.stream().mapToDouble(prefix -> after.threadSeconds(before, prefix)).sum();
		double scoring = SCORING.stream().mapToDouble(prefix -> after.threadSeconds(before, prefix)).sum();
		double indexing = INDEXING.stream().mapToDouble(prefix -> after.threadSeconds(before, prefix)).sum();
		double jvm = after.processSeconds(before);
		double database = after.databaseSeconds(before);
		double perResume = 1000.0 / resumes;
		System.out.printf(Locale.ROOT, "CPU ms per resume: upload (HTTP threads) %.1f, intake (Tika, parse, store) "
				+ "%.1f, scoring %.1f, indexing (resume blocks embedded) %.1f, rest of the JVM (GC, JIT, test) %.1f, "
				+ "PostgreSQL %.1f; total %.1f%n", upload * perResume, intake * perResume, scoring * perResume,
				indexing * perResume, (jvm - upload - intake - scoring - indexing) * perResume, database * perResume,
				(jvm + database) * perResume);
		StringBuilder others = new StringBuilder("other threads, CPU ms per resume:");
		List<String> staged = new ArrayList<>(List.of("http-nio"));
		staged.addAll(INTAKE);
		staged.addAll(SCORING);
		staged.addAll(INDEXING);
		after.secondsByThreadName(before).forEach((name, seconds) -> {
			if (seconds * perResume >= 0.5 && staged.stream().noneMatch(name::startsWith)) {
				others.append(String.format(Locale.ROOT, " %s %.1f;", name, seconds * perResume));
			}
		});
		System.out.println(others);
		return (jvm + database) * perResume;
	}

	/**
	 * Posts {@code files} to the requisition and waits until every job has ended and every application is scored and
	 * its candidate indexed.
	 */
	private Ingested ingest(List<Path> files, String requisition, ApiClient recruiter) throws Exception {
		long start = System.nanoTime();
		int indexedBefore = index.size();
		List<String> jobs = new ArrayList<>();
		for (List<Path> upload : uploads(files)) {
			ResumeUpload body = new ResumeUpload().field("requisitionId", requisition)
				.field("channel", "LIEPIN")
				.field("consent", true);
			for (Path file : upload) {
				body.file(file.getFileName().toString(), Files.readAllBytes(file));
			}
			ApiClient.Response started = body.postTo(recruiter, "/api/v1/candidates/import");
			assertThat(started.status()).as(started.body()).isEqualTo(202);
			jobs.add(started.json().get("jobId").asString());
		}
		int[] storedAndNew = awaitJobs(recruiter, jobs);
		double importSeconds = seconds(start);
		awaitScoredAndIndexed(UUID.fromString(requisition), storedAndNew[0], indexedBefore + storedAndNew[1]);
		return new Ingested(storedAndNew[0], importSeconds);
	}

	private record Ingested(int stored, double importSeconds) {
	}

	/** Uploads of at most {@link CandidateImports#MAX_FILES} files and {@link #MAX_UPLOAD_BYTES}. */
	private static List<List<Path>> uploads(List<Path> files) throws IOException {
		List<List<Path>> uploads = new ArrayList<>();
		List<Path> current = new ArrayList<>();
		long bytes = 0;
		for (Path file : files) {
			long size = Files.size(file);
			if (current.size() == CandidateImports.MAX_FILES || bytes + size > MAX_UPLOAD_BYTES) {
				uploads.add(current);
				current = new ArrayList<>();
				bytes = 0;
			}
			current.add(file);
			bytes += size;
		}
		uploads.add(current);
		return uploads;
	}

	/** Waits for every job to end; returns the applications they stored and the new candidates among them. */
	private static int[] awaitJobs(ApiClient recruiter, List<String> jobs) throws InterruptedException {
		int stored = 0;
		int known = 0;
		for (String job : jobs) {
			while (true) {
				ApiClient.Response state = recruiter.get("/api/v1/jobs/" + job);
				String status = state.json().get("status").asString();
				if (status.equals("COMPLETED") || status.equals("FAILED")) {
					state.json().get("failed").forEach(failed -> System.out.println("failed: " + failed));
					stored += state.json().get("succeeded").asInt();
					known += state.json().get("duplicates").asInt();
					break;
				}
				Thread.sleep(JOB_POLL_MILLIS);
			}
		}
		return new int[] { stored, stored - known };
	}

	/**
	 * Waits until every application is scored, then until the index holds every new candidate: the index is asked only
	 * then, since each question after a write opens a new near-real-time reader (and flushes a small segment).
	 */
	private void awaitScoredAndIndexed(UUID requisition, int applications, int indexedAfter)
			throws InterruptedException {
		while (scored(requisition) < applications) {
			Thread.sleep(100);
		}
		while (index.size() < indexedAfter) {
			Thread.sleep(100);
		}
	}

	private int scored(UUID requisition) {
		return jdbc.queryForObject("select count(*) from recruitment.application_match m "
				+ "join recruitment.application a on a.id = m.application_id where a.requisition_id = ?",
				Integer.class, requisition);
	}

	private static List<String> texts(List<Path> files) throws Exception {
		Tika tika = new Tika();
		List<String> texts = new ArrayList<>(files.size());
		for (Path file : files) {
			texts.add(tika.parseToString(file).strip());
		}
		return texts;
	}

	/** Throughput and CPU time per text of the model alone over {@code texts} with {@code callers} threads. */
	private ModelOnly modelOnly(List<String> texts, int callers) throws Exception {
		AtomicInteger threadCount = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(callers,
				task -> new Thread(task, "model-only-" + threadCount.incrementAndGet()));
		try {
			threads.submit(() -> embeddings.vector("预热 warm-up")).get();
			AtomicInteger next = new AtomicInteger();
			CpuTimes before = CpuTimes.now(0);
			long start = System.nanoTime();
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < callers; c++) {
				running.add(threads.submit(() -> {
					for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
						embeddings.vector(texts.get(i));
					}
				}));
			}
			for (Future<?> caller : running) {
				caller.get();
			}
			double seconds = seconds(start);
			CpuTimes after = CpuTimes.now(0);
			return new ModelOnly(texts.size() / seconds, 1000 * after.threadSeconds(before, "model-only-") / texts.size(),
					1000 * after.processSeconds(before) / texts.size());
		}
		finally {
			threads.shutdown();
		}
	}

	/** Texts per second, and CPU ms per text of the calling threads and of the whole JVM (GC and JIT included). */
	private record ModelOnly(double textsPerSecond, double cpuMsPerText, double processCpuMsPerText) {
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
