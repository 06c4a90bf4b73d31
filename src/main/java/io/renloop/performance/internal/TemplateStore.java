package io.renloop.performance.internal;

import io.renloop.performance.KpiItem;
import io.renloop.performance.SaveTemplate;
import io.renloop.performance.TemplateKind;
import io.renloop.performance.TemplateView;
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

/** The template table; items as JSON. */
@Component
class TemplateStore {

	private static final TypeReference<List<KpiItem>> ITEMS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	TemplateStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<TemplateView> list(String tenantId) {
		return jdbc.query("select * from performance.template where tenant_id = ? order by code", this::view,
				tenantId);
	}

	Optional<TemplateView> byCode(String tenantId, String code) {
		return jdbc.query("select * from performance.template where tenant_id = ? and code = ?", this::view, tenantId,
				code).stream().findFirst();
	}

	Optional<TemplateView> byId(String tenantId, UUID id) {
		return jdbc.query("select * from performance.template where tenant_id = ? and id = ?", this::view, tenantId,
				id).stream().findFirst();
	}

	void upsert(String tenantId, String code, SaveTemplate template, Instant now) {
		jdbc.update("""
				insert into performance.template (id, tenant_id, code, name, kind, competency_weight, items, updated_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
				on conflict (tenant_id, code) do update set name = excluded.name, kind = excluded.kind,
				 competency_weight = excluded.competency_weight, items = excluded.items,
				 updated_at = excluded.updated_at, version = performance.template.version + 1""", UUID.randomUUID(),
				tenantId, code, template.name(), template.kind().name(), template.competencyWeight(),
				json.writeValueAsString(template.items()), Timestamp.from(now));
	}

	private TemplateView view(ResultSet rs, int row) throws SQLException {
		return new TemplateView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				TemplateKind.valueOf(rs.getString("kind")), rs.getInt("competency_weight"),
				json.readValue(rs.getString("items"), ITEMS), rs.getTimestamp("updated_at").toInstant());
	}
}
