package io.renloop.platform.internal;

import static io.renloop.support.DemoData.DEMO;

import io.renloop.platform.BackgroundJob;
import io.renloop.platform.BackgroundJobHandler;
import io.renloop.platform.BackgroundJobs;
import io.renloop.platform.Permission;
import io.renloop.platform.SystemActor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulated app nodes in one JVM: job workers told apart by their node ids, on the test application's database,
 * and jobs of the demo tenant for them. The app's own workers leave these jobs alone: they have no handler for the
 * tests' job types.
 */
record JobNodes(BackgroundJobs jobs, BackgroundJobTable table, PlatformTransactionManager transactions,
		JsonMapper json, JdbcTemplate jdbc) {

	static JobNodes of(ApplicationContext context) {
		return new JobNodes(context.getBean(BackgroundJobs.class), context.getBean(BackgroundJobTable.class),
				context.getBean(PlatformTransactionManager.class), context.getBean(JsonMapper.class),
				context.getBean(JdbcTemplate.class));
	}

	/** A node with one worker; a job whose handler throws may be claimed again at once. */
	BackgroundJobWorker worker(String nodeId, Duration lease, BackgroundJobHandler handler) {
		BackgroundJobProperties properties = new BackgroundJobProperties(Duration.ofMillis(100), lease, 1, 3,
				Duration.ZERO, nodeId);
		return new BackgroundJobWorker(nodeId, List.of(handler), table, properties, transactions, json);
	}

	UUID submit(String type, int items) {
		return SystemActor.callAs(DEMO, () -> jobs.submit(type, Map.of("items", items), items, Permission.AUDIT_READ));
	}

	BackgroundJob job(UUID jobId) {
		return SystemActor.callAs(DEMO, () -> jobs.find(jobId).orElseThrow());
	}
}
