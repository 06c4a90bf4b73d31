package io.renloop.platform.internal;

import io.renloop.platform.BackgroundJob;
import io.renloop.platform.JobExecution;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One node's attempt at a job, valid while the node holds the job's lease. */
final class LeasedExecution implements JobExecution {

	private final BackgroundJob job;

	private final String tenantId;

	private final String nodeId;

	private final Duration lease;

	private final BackgroundJobTable table;

	private final JsonMapper json;

	private final ObjectNode result;

	private int processed;

	LeasedExecution(BackgroundJob job, String tenantId, String nodeId, Duration lease, BackgroundJobTable table,
			JsonMapper json) {
		this.job = job;
		this.tenantId = tenantId;
		this.nodeId = nodeId;
		this.lease = lease;
		this.table = table;
		this.json = json;
		this.result = job.result() instanceof ObjectNode object ? object.deepCopy() : json.createObjectNode();
		this.processed = job.processed();
	}

	@Override
	public UUID jobId() {
		return job.jobId();
	}

	@Override
	public String tenantId() {
		return tenantId;
	}

	@Override
	public int attempt() {
		return job.attempts();
	}

	@Override
	public JsonNode payload() {
		return job.payload();
	}

	@Override
	public <T> T payload(Class<T> type) {
		return json.treeToValue(job.payload(), type);
	}

	@Override
	public int processed() {
		return processed;
	}

	@Override
	public JsonNode result() {
		return result.deepCopy();
	}

	@Override
	public void checkpoint(int processed, Map<String, ?> resultFragment) {
		if (!table.checkpoint(job.jobId(), nodeId, lease, processed, resultFragment)) {
			throw new LeaseLostException(job.jobId());
		}
		this.processed = processed;
		result.setAll((ObjectNode) json.valueToTree(resultFragment));
	}

	@Override
	public void heartbeat() {
		if (!table.heartbeat(job.jobId(), nodeId, lease)) {
			throw new LeaseLostException(job.jobId());
		}
	}
}
