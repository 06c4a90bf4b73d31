package io.renloop.platform.internal;

import io.renloop.platform.BackgroundJob;
import io.renloop.platform.BackgroundJobStatus;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.SystemActor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code platform.background_job} table. Reads for users are confined to a tenant; the workers' statements
 * span tenants, because a worker serves every tenant. Leases are in database time, so that nodes with skewed clocks
 * agree on when one expired; every write of a running job checks that this node still holds the lease. Statements
 * join the caller's transaction when there is one.
 */
@Component
class BackgroundJobTable {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	BackgroundJobTable(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	void insert(UUID id, String tenantId, String type, Object payload, int total, Permission readPermission,
			CurrentUser submitter, Locale locale) {
		jdbc.update("""
				insert into platform.background_job (id, tenant_id, type, status, total, payload, read_permission,
				    created_by, submitted_by, locale, created_at)
				values (?, ?, ?, 'QUEUED', ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?)""", id, tenantId, type, total,
				json.writeValueAsString(payload == null ? Map.of() : payload), readPermission.name(),
				submitter == null ? SystemActor.NAME : submitter.email(),
				submitter == null ? null : json.writeValueAsString(submitter), locale == null ? null : locale.toLanguageTag(),
				Timestamp.from(now()));
	}

	Optional<BackgroundJob> find(String tenantId, UUID id) {
		return jdbc.query("select * from platform.background_job where tenant_id = ? and id = ?", this::view, tenantId, id)
			.stream()
			.findFirst();
	}

	int unfinished(String tenantId, String type) {
		Integer count = jdbc.queryForObject("""
				select count(*) from platform.background_job
				 where tenant_id = ? and type = ? and status in ('QUEUED', 'RUNNING')""", Integer.class, tenantId, type);
		return count == null ? 0 : count;
	}

	/**
	 * Takes the oldest job of the given types that is queued, or running under an expired lease, for this node;
	 * rows another node is claiming at this moment are skipped, never waited for.
	 */
	Optional<Claim> claim(Collection<String> types, String nodeId, Duration lease) {
		if (types.isEmpty()) {
			return Optional.empty();
		}
		String placeholders = String.join(", ", Collections.nCopies(types.size(), "?"));
		List<Object> arguments = new ArrayList<>(types);
		arguments.add(nodeId);
		arguments.add(seconds(lease));
		arguments.add(Timestamp.from(now()));
		return jdbc.query("""
				with next as (
				    select id from platform.background_job
				     where type in (%s) and status in ('QUEUED', 'RUNNING')
				       and (lease_until is null or lease_until < clock_timestamp())
				     order by created_at
				     limit 1
				       for update skip locked)
				update platform.background_job job
				   set status = 'RUNNING', lease_owner = ?, lease_until = clock_timestamp() + make_interval(secs => ?),
				       attempts = attempts + 1, started_at = coalesce(started_at, ?)
				  from next
				 where job.id = next.id
				returning job.*""".formatted(placeholders), (rs, n) -> claimOf(rs), arguments.toArray())
			.stream()
			.findFirst();
	}

	/** Progress and a renewed lease; false when this node no longer holds the job. */
	boolean checkpoint(UUID id, String nodeId, Duration lease, int processed, Map<String, ?> resultFragment) {
		return jdbc.update("""
				update platform.background_job
				   set processed = ?, result = result || ?::jsonb,
				       lease_until = clock_timestamp() + make_interval(secs => ?)
				 where id = ? and lease_owner = ? and status = 'RUNNING'""", processed,
				json.writeValueAsString(resultFragment), seconds(lease), id, nodeId) == 1;
	}

	/** A renewed lease; false when this node no longer holds the job. */
	boolean heartbeat(UUID id, String nodeId, Duration lease) {
		return jdbc.update("""
				update platform.background_job set lease_until = clock_timestamp() + make_interval(secs => ?)
				 where id = ? and lease_owner = ? and status = 'RUNNING'""", seconds(lease), id, nodeId) == 1;
	}

	boolean complete(UUID id, String nodeId) {
		return finish(id, nodeId, BackgroundJobStatus.COMPLETED, null);
	}

	boolean fail(UUID id, String nodeId, String failure) {
		return finish(id, nodeId, BackgroundJobStatus.FAILED, failure);
	}

	/** Gives the job back for a later attempt by any node. */
	boolean retryLater(UUID id, String nodeId, String failure, Duration delay) {
		return jdbc.update("""
				update platform.background_job
				   set status = 'QUEUED', lease_owner = null, failure = ?,
				       lease_until = clock_timestamp() + make_interval(secs => ?)
				 where id = ? and lease_owner = ? and status = 'RUNNING'""", failure, seconds(delay), id, nodeId) == 1;
	}

	private boolean finish(UUID id, String nodeId, BackgroundJobStatus status, String failure) {
		return jdbc.update("""
				update platform.background_job
				   set status = ?, failure = ?, finished_at = ?, lease_owner = null, lease_until = null
				 where id = ? and lease_owner = ? and status = 'RUNNING'""", status.name(), failure,
				Timestamp.from(now()), id, nodeId) == 1;
	}

	private Instant now() {
		return clock.instant();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private Claim claimOf(ResultSet rs) throws SQLException {
		String submitter = rs.getString("submitted_by");
		String locale = rs.getString("locale");
		return new Claim(view(rs, 0), rs.getString("tenant_id"),
				submitter == null ? null : json.readValue(submitter, CurrentUser.class),
				locale == null ? null : Locale.forLanguageTag(locale));
	}

	private BackgroundJob view(ResultSet rs, int rowNum) throws SQLException {
		return new BackgroundJob(rs.getObject("id", UUID.class), rs.getString("type"),
				BackgroundJobStatus.valueOf(rs.getString("status")), rs.getInt("processed"), rs.getInt("total"),
				tree(rs.getString("payload")), tree(rs.getString("result")),
				Permission.valueOf(rs.getString("read_permission")), rs.getString("created_by"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")), rs.getInt("attempts"), rs.getString("failure"));
	}

	private JsonNode tree(String text) {
		return json.readTree(text);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * A job this node claimed, with what its handler runs as.
	 * @param submitter the user who submitted it, or null for the system actor
	 * @param locale the submitter's language at submission, or null
	 */
	record Claim(BackgroundJob job, String tenantId, CurrentUser submitter, Locale locale) {
	}
}
