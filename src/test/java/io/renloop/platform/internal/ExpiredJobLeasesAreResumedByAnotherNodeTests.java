package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.BackgroundJob;
import io.renloop.platform.BackgroundJobHandler;
import io.renloop.platform.BackgroundJobStatus;
import io.renloop.platform.JobExecution;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A node that stops renewing its lease (it died, or hangs) loses its job to another node once the lease expired; the
 * other node resumes after the last checkpoint, so every item is done once, and the first node, should it wake up,
 * stops at its next heartbeat instead of doing an item again. Two nodes in one JVM ({@link JobNodes}).
 */
@RenloopIntegrationTest
class ExpiredJobLeasesAreResumedByAnotherNodeTests {

	static final Duration LEASE = Duration.ofSeconds(5);

	JobNodes nodes;

	@BeforeEach
	void nodes(@Autowired ApplicationContext context) {
		nodes = JobNodes.of(context);
	}

	@Test
	void anotherNodeResumesAfterTheLastCheckpointAndDoesEachItemOnce() throws Exception {
		String type = "test.items-" + UUID.randomUUID();
		Map<Integer, AtomicInteger> effects = new ConcurrentHashMap<>();
		CountDownLatch nodeAStalled = new CountDownLatch(1);
		CountDownLatch wakeNodeA = new CountDownLatch(1);
		BackgroundJobWorker nodeA = worker("node-a", new Items(type, effects, 4, nodeAStalled, wakeNodeA));
		BackgroundJobWorker nodeB = worker("node-b", new Items(type, effects, -1, null, null));
		UUID jobId = submit(type, 10);

		Thread nodeAThread = new Thread(nodeA::runOnce, "node-a");
		nodeAThread.start();
		assertThat(nodeAStalled.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(job(jobId).processed()).isEqualTo(4);
		assertThat(nodeB.runOnce()).as("node A's lease still holds").isFalse();

		Thread.sleep(LEASE.toMillis() + 300);
		assertThat(nodeB.runOnce()).as("node B claims the expired job").isTrue();
		BackgroundJob done = job(jobId);
		assertThat(done.status()).isEqualTo(BackgroundJobStatus.COMPLETED);
		assertThat(done.processed()).isEqualTo(10);
		assertThat(done.attempts()).isEqualTo(2);
		assertThat(done.result().get("lastItem").asInt()).isEqualTo(9);

		wakeNodeA.countDown();
		nodeAThread.join(10_000);
		assertThat(effects).hasSize(10);
		assertThat(effects.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
		assertThat(job(jobId).status()).as("node A leaves B's ending alone").isEqualTo(BackgroundJobStatus.COMPLETED);
		assertThat(nodes.jdbc().queryForObject("select lease_owner from platform.background_job where id = ?", String.class,
				jobId)).isNull();
	}

	@Test
	void aJobThatKeepsFailingEndsFailedWithTheReason() {
		String type = "test.broken-" + UUID.randomUUID();
		BackgroundJobWorker node = worker("node-c", new BackgroundJobHandler() {
			@Override
			public String type() {
				return type;
			}

			@Override
			public void run(JobExecution execution) {
				throw new IllegalStateException("the ledger is closed");
			}
		});
		UUID jobId = submit(type, 1);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(node.runOnce()).isTrue();
		}
		assertThat(node.runOnce()).isFalse();
		BackgroundJob failed = job(jobId);
		assertThat(failed.status()).isEqualTo(BackgroundJobStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failed.failure()).contains("the ledger is closed");
	}

	BackgroundJobWorker worker(String nodeId, BackgroundJobHandler handler) {
		return nodes.worker(nodeId, LEASE, handler);
	}

	UUID submit(String type, int items) {
		return nodes.submit(type, items);
	}

	BackgroundJob job(UUID jobId) {
		return nodes.job(jobId);
	}

	/**
	 * Does items from the last checkpoint on, heartbeating before each so that a node that lost its job stops before
	 * the item; optionally stalls (as if dead) after a number of items.
	 */
	record Items(String type, Map<Integer, AtomicInteger> effects, int stallAfter, CountDownLatch stalled,
			CountDownLatch wake) implements BackgroundJobHandler {

		@Override
		public void run(JobExecution execution) {
			int total = execution.payload().get("items").asInt();
			for (int item = execution.processed(); item < total; item++) {
				if (item == stallAfter) {
					stalled.countDown();
					await(wake);
				}
				execution.heartbeat();
				effects.computeIfAbsent(item, i -> new AtomicInteger()).incrementAndGet();
				execution.checkpoint(item + 1, Map.of("lastItem", item));
			}
		}

		private static void await(CountDownLatch latch) {
			try {
				latch.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
