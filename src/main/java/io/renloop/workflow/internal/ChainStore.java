package io.renloop.workflow.internal;

import io.renloop.workflow.ApprovalChainStep;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The chains the tenants configured: steps as JSON, or an uploaded BPMN process with its key. */
@Component
class ChainStore {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ChainStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A stored chain: steps, or BPMN with the key of its process. */
	record StoredChain(List<ApprovalChainStep> steps, String bpmnXml, String processKey) {
	}

	Optional<StoredChain> find(String tenantId, String subjectType) {
		return jdbc.query("""
				select steps, bpmn_xml, process_key from workflow.approval_chain where tenant_id = ? and subject_type = ?""",
				(rs, i) -> new StoredChain(rs.getString(1) == null ? null
						: json.readValue(rs.getString(1), new TypeReference<List<ApprovalChainStep>>() {
						}), rs.getString(2), rs.getString(3)), tenantId, subjectType).stream().findFirst();
	}

	void saveSteps(String tenantId, String subjectType, List<ApprovalChainStep> steps, String by, Instant now) {
		upsert(tenantId, subjectType, json.writeValueAsString(steps), null, null, by, now);
	}

	void saveBpmn(String tenantId, String subjectType, String xml, String processKey, String by, Instant now) {
		upsert(tenantId, subjectType, null, xml, processKey, by, now);
	}

	private void upsert(String tenantId, String subjectType, String steps, String xml, String key, String by,
			Instant now) {
		jdbc.update("""
				insert into workflow.approval_chain (tenant_id, subject_type, steps, bpmn_xml, process_key, updated_at, updated_by)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?)
				on conflict (tenant_id, subject_type) do update
				set steps = excluded.steps, bpmn_xml = excluded.bpmn_xml, process_key = excluded.process_key,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by""", tenantId, subjectType, steps,
				xml, key, Timestamp.from(now), by);
	}
}
