package io.renloop.platform.internal;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.BackgroundJobHandler;
import io.renloop.platform.BackgroundJobStatus;
import io.renloop.platform.JobExecution;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Workers of two nodes polling the same queue at the same time each get their own jobs: a job claimed by one is
 * skipped by the other (FOR UPDATE SKIP LOCKED and the lease), so every job runs exactly once.
 */
@RenloopIntegrationTest
class TwoNodesNeverClaimTheSameJobTests {

	JobNodes nodes;

	@BeforeEach
	void nodes(@Autowired ApplicationContext context) {
		nodes = JobNodes.of(context);
	}

	@Test
	void workersOfTwoNodesRunEveryJobOnce() throws Exception {
		String type = "test.once-" + UUID.randomUUID();
		Queue<String> runs = new ConcurrentLinkedQueue<>();
		List<UUID> submitted = IntStream.range(0, 30).mapToObj(i -> submit(type)).toList();
		BackgroundJobWorker nodeA = worker("node-a", type, runs);
		BackgroundJobWorker nodeB = worker("node-b", type, runs);

		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> drained = threads.invokeAll(List.of(drain(nodeA), drain(nodeB), drain(nodeA),
					drain(nodeB)));
			int claims = 0;
			for (Future<Integer> each : drained) {
				claims += each.get();
			}
			assertThat(claims).isEqualTo(30);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(runs).hasSize(30);
		assertThat(runs.stream().map(run -> run.split(" ")[0]).distinct()).hasSize(30);
		assertThat(nodes.jdbc().queryForObject("""
				select count(*) from platform.background_job
				 where type = ? and status = 'COMPLETED' and attempts = 1""", Integer.class, type)).isEqualTo(30);
		assertThat(submitted).allSatisfy(id -> assertThat(status(id)).isEqualTo(BackgroundJobStatus.COMPLETED));
	}

	@Test
	void simultaneousClaimsOfOneJobGiveItToOneNode() throws Exception {
		String type = "test.single-" + UUID.randomUUID();
		submit(type);
		CyclicBarrier together = new CyclicBarrier(6);
		ExecutorService threads = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Boolean>> claims = IntStream.range(0, 6).<Callable<Boolean>>mapToObj(node -> () -> {
				together.await();
				Optional<BackgroundJobTable.Claim> claim = nodes.table().claim(List.of(type), "node-" + node,
						Duration.ofSeconds(30));
				return claim.isPresent();
			}).toList();
			long winners = 0;
			for (Future<Boolean> claim : threads.invokeAll(claims)) {
				winners += claim.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static Callable<Integer> drain(BackgroundJobWorker worker) {
		return () -> {
			int claims = 0;
			while (worker.runOnce()) {
				claims++;
			}
			return claims;
		};
	}

	private BackgroundJobWorker worker(String nodeId, String type, Queue<String> runs) {
		return nodes.worker(nodeId, Duration.ofSeconds(30), new BackgroundJobHandler() {
			@Override
			public String type() {
				return type;
			}

			@Override
			public void run(JobExecution execution) {
				runs.add(execution.jobId() + " " + nodeId);
				execution.checkpoint(1, Map.of("node", nodeId));
			}
		});
	}

	private UUID submit(String type) {
		return nodes.submit(type, 1);
	}

	private BackgroundJobStatus status(UUID jobId) {
		return nodes.job(jobId).status();
	}
}
