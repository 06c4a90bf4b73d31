package io.renloop.recruitment.internal;

import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Background workers for scoring and indexing, one per core, so that a bulk upload is embedded, scored and indexed
 * about as fast as the models allow (a text wanted by two workers at once is embedded once, see
 * {@code CachedTextVectors}). Tasks are independent of each other and may run in any order. Work runs as the tenant's system actor; a failure is logged and leaves the application
 * unscored (it is then scored when first read) or the index to the next rebuild.
 */
@Component
class MatchingBackground implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MatchingBackground.class);

	private static final AtomicInteger threads = new AtomicInteger();

	/** One worker per core: embedding dominates the work and runs one ONNX intra-op thread per call. */
	private final ExecutorService executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
			task -> {
				Thread thread = new Thread(task, "matching-background-" + threads.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});

	/** Runs {@code work} later as the system actor of {@code tenantId}. */
	void run(String tenantId, String description, Runnable work) {
		executor.execute(() -> {
			try {
				SystemActor.runAs(tenantId, work);
			}
			catch (RuntimeException ex) {
				log.warn("Background {} in tenant {} failed", description, tenantId, ex);
			}
		});
	}

	/**
	 * Runs {@code work} later as the system actor of the current thread's tenant. Called after a commit, where
	 * throwing would turn a saved change into an error for the caller: without a tenant it only logs.
	 */
	void runForCurrentTenant(String description, Runnable work) {
		TenantContext.current()
			.ifPresentOrElse(tenantId -> run(tenantId, description, work),
					() -> log.warn("Background {} skipped: no tenant in context", description));
	}

	/** Runs {@code work} later outside any tenant, for work that states its tenants itself. */
	void run(String description, Runnable work) {
		executor.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.warn("Background {} failed", description, ex);
			}
		});
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
