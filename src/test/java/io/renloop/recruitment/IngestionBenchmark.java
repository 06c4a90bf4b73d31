package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

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

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TextEmbeddings embeddings;

	@Autowired
	TalentPoolIndex index;

	@Test
	void pipelineAgainstModelOnly() throws Exception {
		List<Path> files = ResumeCorpus.write(DIRECTORY, RESUMES, ResumeCorpus.DEFAULT_SEED);
		RecruitmentFixtures fixtures = new RecruitmentFixtures(port);
		String requisition = fixtures.openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"));
		ApiClient recruiter = ApiClient.as(port, "recruiter@demo.example");
		embeddings.vector("预热 warm-up");
		int indexedBefore = index.size();

		long start = System.nanoTime();
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
		int stored = storedAndNew[0];
		double importSeconds = seconds(start);
		awaitScoredAndIndexed(UUID.fromString(requisition), stored, indexedBefore + storedAndNew[1]);
		double pipelineSeconds = seconds(start);
		double pipelineRate = files.size() / pipelineSeconds;
		System.out.printf(Locale.ROOT, "pipeline: %d files (%d applications stored) uploaded, extracted, parsed and "
				+ "stored in %.1f s; scored and indexed after %.1f s: %.1f resumes/s%n", files.size(), stored,
				importSeconds, pipelineSeconds, pipelineRate);

		List<String> texts = texts(files);
		double oneCaller = modelOnly(texts, 1);
		int cores = Runtime.getRuntime().availableProcessors();
		double allCores = modelOnly(texts, cores);
		double best = Math.max(oneCaller, allCores);
		System.out.printf(Locale.ROOT, "model only, same texts: %.1f texts/s with 1 caller, %.1f with %d callers%n",
				oneCaller, allCores, cores);
		System.out.printf(Locale.ROOT, "pipeline / best model-only throughput: %.0f %%%n", 100 * pipelineRate / best);
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
				Thread.sleep(100);
			}
		}
		return new int[] { stored, stored - known };
	}

	private void awaitScoredAndIndexed(UUID requisition, int applications, int indexedAfter)
			throws InterruptedException {
		while (scored(requisition) < applications || index.size() < indexedAfter) {
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

	/** Texts per second of the model alone over {@code texts} with {@code callers} threads. */
	private double modelOnly(List<String> texts, int callers) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		try {
			AtomicInteger next = new AtomicInteger();
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
			return texts.size() / seconds(start);
		}
		finally {
			threads.shutdown();
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
