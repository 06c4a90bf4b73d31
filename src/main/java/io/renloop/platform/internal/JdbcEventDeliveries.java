package io.renloop.platform.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.EventDeliveries;
import io.renloop.platform.NotFoundException;
import io.renloop.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Spring Modulith's registry table read-only (its Java API has no query by status) and resubmits through
 * {@link IncompleteEventPublications}, so that the registry keeps its own bookkeeping. The table is named without a
 * schema, exactly as the registry itself names it.
 */
@Component
class JdbcEventDeliveries implements EventDeliveries {

	private static final String COLUMNS = "id, listener_id, event_type, serialized_event, publication_date, "
			+ "completion_date, last_resubmission_date, status, completion_attempts";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final IncompleteEventPublications incomplete;

	private final AuditTrail audit;

	JdbcEventDeliveries(JdbcTemplate jdbc, JsonMapper json, IncompleteEventPublications incomplete, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.incomplete = incomplete;
		this.audit = audit;
	}

	@Override
	public PageView<Delivery> list(State state, int page, int size) {
		String where = where(state);
		long total = count(state);
		List<Delivery> content = jdbc.query("select " + COLUMNS + " from event_publication where " + where
				+ " order by publication_date desc, id limit ? offset ?", this::delivery, size, (long) page * size);
		return PageView.of(content, page, size, total);
	}

	/** How many publications are in the state, for the operators' metrics. */
	long count(State state) {
		return jdbc.queryForObject("select count(*) from event_publication where " + where(state), Long.class);
	}

	private static String where(State state) {
		return switch (state) {
			case FAILED -> "status = 'FAILED'";
			case INCOMPLETE -> "completion_date is null";
			case COMPLETED -> "completion_date is not null";
		};
	}

	@Override
	public Delivery retry(UUID id) {
		Delivery before = find(id);
		if (before.completedAt() != null) {
			throw new BusinessRuleException("error.eventPublication.alreadyCompleted");
		}
		incomplete.resubmitIncompletePublications(publication -> publication.getIdentifier().equals(id));
		audit.recordChange("RETRY", "EventPublication", id, Map.of("eventType", before.eventType(), "listenerId",
				before.listenerId(), "status", String.valueOf(before.status()), "completionAttempts",
				before.completionAttempts()), null);
		return find(id);
	}

	private Delivery find(UUID id) {
		return jdbc.query("select " + COLUMNS + " from event_publication where id = ?", this::delivery, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("EventPublication", id));
	}

	private Delivery delivery(ResultSet rs, int row) throws SQLException {
		String type = rs.getString("event_type");
		return new Delivery(rs.getObject("id", UUID.class), type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1),
				rs.getString("listener_id"), instant(rs.getTimestamp("publication_date")),
				instant(rs.getTimestamp("completion_date")), instant(rs.getTimestamp("last_resubmission_date")),
				rs.getString("status"), rs.getInt("completion_attempts"), tenantOf(rs.getString("serialized_event")));
	}

	/** Only the tenant is read from the payload; the rest of it may hold personal data and is never returned. */
	private String tenantOf(String serializedEvent) {
		try {
			JsonNode tenant = json.readTree(serializedEvent).get("tenantId");
			return tenant != null && tenant.isString() ? tenant.asString() : null;
		}
		catch (JacksonException notJson) {
			return null;
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
