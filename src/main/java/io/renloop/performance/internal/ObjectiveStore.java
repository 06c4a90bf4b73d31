package io.renloop.performance.internal;

import io.renloop.performance.KeyResult;
import io.renloop.performance.ObjectiveView;
import io.renloop.performance.SaveObjective;
import io.renloop.performance.SaveObjective.ObjectiveOwner;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Objectives with their key results (JSON) and their check-ins. */
@Component
class ObjectiveStore {

	private static final TypeReference<List<KeyResult>> RESULTS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ObjectiveStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(String tenantId, UUID id, UUID cycleId, SaveObjective objective, String ownerName, Instant now) {
		jdbc.update("""
				insert into performance.objective (id, tenant_id, cycle_id, parent_id, owner_kind, owner_id, owner_name,
				 title, key_results, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", id, tenantId, cycleId,
				objective.parentId(), objective.ownerKind().name(), objective.ownerId(), ownerName, objective.title(),
				json.writeValueAsString(objective.keyResults()), Timestamp.from(now));
	}

	void checkIn(String tenantId, UUID id, List<KeyResult> keyResults, String note, String by, Instant now) {
		String results = json.writeValueAsString(keyResults);
		jdbc.update("""
				update performance.objective set key_results = ?::jsonb, updated_at = ? where tenant_id = ? and id = ?""",
				results, Timestamp.from(now), tenantId, id);
		jdbc.update("""
				insert into performance.objective_check_in (id, tenant_id, objective_id, key_results, note, checked_by,
				 checked_at) values (?, ?, ?, ?::jsonb, ?, ?, ?)""", UUID.randomUUID(), tenantId, id, results, note, by,
				Timestamp.from(now));
	}

	Optional<ObjectiveView> byId(String tenantId, UUID id) {
		return jdbc.query("select * from performance.objective where tenant_id = ? and id = ?", this::view, tenantId,
				id).stream().findFirst();
	}

	List<ObjectiveView> ofCycle(String tenantId, UUID cycleId) {
		return jdbc.query("select * from performance.objective where tenant_id = ? and cycle_id = ?", this::view,
				tenantId, cycleId);
	}

	List<ObjectiveView> ofOwner(String tenantId, UUID cycleId, UUID ownerId) {
		return jdbc.query("""
				select * from performance.objective where tenant_id = ? and cycle_id = ? and owner_id = ?
				 order by title""", this::view, tenantId, cycleId, ownerId);
	}

	private ObjectiveView view(ResultSet rs, int n) throws SQLException {
		List<KeyResult> results = json.readValue(rs.getString("key_results"), RESULTS);
		return new ObjectiveView(rs.getObject("id", UUID.class), rs.getObject("cycle_id", UUID.class),
				rs.getObject("parent_id", UUID.class), ObjectiveOwner.valueOf(rs.getString("owner_kind")),
				rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), rs.getString("title"), results,
				ObjectiveTree.progress(results), rs.getTimestamp("updated_at").toInstant(), List.of());
	}
}
