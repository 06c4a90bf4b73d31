package io.renloop.platform;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** One attempt at a background job, as its handler sees it. */
public interface JobExecution {

	UUID jobId();

	String tenantId();

	/** 1 for the first attempt; more when the job is resumed after a node died or an attempt failed. */
	int attempt();

	/** The payload as submitted. */
	JsonNode payload();

	/** The payload read as the given type. */
	<T> T payload(Class<T> type);

	/** Items done as last checkpointed (by this or an earlier attempt). */
	int processed();

	/** The result fragments checkpointed so far (by this or an earlier attempt), an object. */
	JsonNode result();

	/**
	 * Records progress and renews the lease, committed at once in a small transaction of its own (or in the
	 * caller's transaction when one is active, so that it commits with the item's effect).
	 *
	 * @param processed items done so far
	 * @param resultFragment top-level fields merged into the job's result (a field given again is replaced)
	 * @throws LeaseLostException when another node holds the job now
	 */
	void checkpoint(int processed, Map<String, ?> resultFragment);

	/**
	 * Renews the lease without progress, for a long step between checkpoints.
	 * @throws LeaseLostException when another node holds the job now
	 */
	void heartbeat();

	/** This node's lease on the job expired and another node claimed it: this attempt must stop. */
	final class LeaseLostException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public LeaseLostException(UUID jobId) {
			super("The lease on background job " + jobId + " is held by another node now");
		}
	}
}
