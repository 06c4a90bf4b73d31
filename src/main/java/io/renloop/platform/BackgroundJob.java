package io.renloop.platform;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A background job as stored: what it is, how far it got and what it produced so far.
 *
 * @param jobId the job
 * @param type the handler type that runs it
 * @param status where it stands
 * @param processed items done so far, as last checkpointed
 * @param total items to do
 * @param payload what the submitter handed over
 * @param result the result fragments checkpointed so far, an object
 * @param readPermission the permission a user needs to read the job
 * @param createdBy the login of the submitter
 * @param createdAt when it was submitted
 * @param startedAt when a node first claimed it, or null
 * @param finishedAt when it ended, or null
 * @param attempts how often a node claimed it
 * @param failure why it FAILED, or null
 */
public record BackgroundJob(UUID jobId, String type, BackgroundJobStatus status, int processed, int total,
		JsonNode payload, JsonNode result, Permission readPermission, String createdBy, Instant createdAt,
		Instant startedAt, Instant finishedAt, int attempts, String failure) {
}
