package io.renloop.workflow.internal;

import io.renloop.workflow.ApprovalOutcome;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalStep;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The approvals and their steps, in plain SQL that always states the tenant. */
@Component
class Approvals {

	/** The status of an approval its subject's module ended, and the note of its steps. */
	static final String WITHDRAWN = "WITHDRAWN";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	Approvals(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record Approval(UUID id, String tenantId, String subjectType, UUID subjectId, String title, BigDecimal amount,
			Map<String, Object> attributes, String processInstanceId, UUID requestedBy, String status) {
	}

	record Step(UUID id, UUID approvalId, String taskId, String name, UUID assignee, UUID onBehalfOf,
			Instant decidedAt) {
	}

	void insert(UUID id, String tenantId, ApprovalRequest request, String processInstanceId, UUID requestedBy,
			Instant now) {
		jdbc.update("""
				insert into workflow.approval (id, tenant_id, subject_type, subject_id, title, amount, attributes,
				  process_instance_id, requested_by, status, started_at)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 'RUNNING', ?)""", id, tenantId, request.subjectType(),
				request.subjectId(), request.title(), request.amount(), json.writeValueAsString(request.attributes()),
				processInstanceId, requestedBy, Timestamp.from(now));
	}

	void attachProcess(UUID approvalId, String processInstanceId) {
		jdbc.update("update workflow.approval set process_instance_id = ? where id = ?", processInstanceId, approvalId);
	}

	boolean running(String tenantId, String subjectType, UUID subjectId) {
		Integer count = jdbc.queryForObject("""
				select count(*) from workflow.approval
				where tenant_id = ? and subject_type = ? and subject_id = ? and status = 'RUNNING'""", Integer.class,
				tenantId, subjectType, subjectId);
		return count != null && count > 0;
	}

	Optional<Approval> byId(String tenantId, UUID id) {
		return jdbc.query("select * from workflow.approval where tenant_id = ? and id = ?", this::approval, tenantId, id)
			.stream()
			.findFirst();
	}

	Optional<Approval> byProcess(String tenantId, String processInstanceId) {
		return jdbc
			.query("select * from workflow.approval where tenant_id = ? and process_instance_id = ?", this::approval,
					tenantId, processInstanceId)
			.stream()
			.findFirst();
	}

	/** The approvals of these process instances, by process instance id, in one statement. */
	Map<String, Approval> byProcesses(String tenantId, Collection<String> processInstanceIds) {
		Map<String, Approval> found = new HashMap<>();
		if (!processInstanceIds.isEmpty()) {
			jdbc.query("select * from workflow.approval where tenant_id = ? and process_instance_id = any(?)",
					rs -> {
						found.put(rs.getString("process_instance_id"), approval(rs, 0));
					}, tenantId, processInstanceIds.toArray(String[]::new));
		}
		return found;
	}

	List<Approval> bySubject(String tenantId, String subjectType, UUID subjectId) {
		return jdbc.query("""
				select * from workflow.approval where tenant_id = ? and subject_type = ? and subject_id = ?
				order by started_at""", this::approval, tenantId, subjectType, subjectId);
	}

	void end(String tenantId, UUID approvalId, ApprovalOutcome outcome, Instant now) {
		jdbc.update("update workflow.approval set status = ?, ended_at = ? where tenant_id = ? and id = ?",
				outcome.name(), Timestamp.from(now), tenantId, approvalId);
		jdbc.update("""
				update workflow.approval_step set note = 'CLOSED', decided_at = ?
				where tenant_id = ? and approval_id = ? and task_id is not null and decided_at is null""",
				Timestamp.from(now), tenantId, approvalId);
	}

	/**
	 * Ends a running approval without a decision: its open steps are closed as {@value #WITHDRAWN} and a step named by
	 * the reason records why; false when it was not running any more.
	 */
	boolean withdraw(String tenantId, UUID approvalId, String reason, Instant now) {
		int ended = jdbc.update("""
				update workflow.approval set status = 'WITHDRAWN', ended_at = ?
				where tenant_id = ? and id = ? and status = 'RUNNING'""", Timestamp.from(now), tenantId, approvalId);
		if (ended == 0) {
			return false;
		}
		jdbc.update("""
				update workflow.approval_step set note = 'WITHDRAWN', decided_at = ?
				where tenant_id = ? and approval_id = ? and task_id is not null and decided_at is null""",
				Timestamp.from(now), tenantId, approvalId);
		insertStep(tenantId, approvalId, null, reason.length() > 200 ? reason.substring(0, 200) : reason, WITHDRAWN,
				null, null, now);
		return true;
	}

	/** Marks the open steps whose tasks the engine has ended without a decision (the rest of a PARALLEL_ANY). */
	void closeStepsEndedWithout(String tenantId, UUID approvalId, List<String> openTaskIds, Instant now) {
		jdbc.update("""
				update workflow.approval_step set note = 'CLOSED', decided_at = ?
				where tenant_id = ? and approval_id = ? and task_id is not null and decided_at is null
				  and not (task_id = any(?))""", Timestamp.from(now), tenantId, approvalId,
				openTaskIds.toArray(String[]::new));
	}

	void insertStep(String tenantId, UUID approvalId, String taskId, String name, String note, UUID assignee,
			UUID onBehalfOf, Instant createdAt) {
		jdbc.update("""
				insert into workflow.approval_step (id, tenant_id, approval_id, task_id, name, note, assignee_user_id,
				  on_behalf_of, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), tenantId, approvalId, taskId, name, note,
				assignee, onBehalfOf, Timestamp.from(createdAt));
	}

	/** The step of a task, locked until the transaction ends, so that racing decisions queue behind each other. */
	Optional<Step> lockStep(String tenantId, String taskId) {
		return jdbc.query("""
				select id, approval_id, task_id, name, assignee_user_id, on_behalf_of, decided_at
				from workflow.approval_step where tenant_id = ? and task_id = ? for update""", this::step, tenantId,
				taskId).stream().findFirst();
	}

	Optional<Step> step(String tenantId, String taskId) {
		return jdbc.query("""
				select id, approval_id, task_id, name, assignee_user_id, on_behalf_of, decided_at
				from workflow.approval_step where tenant_id = ? and task_id = ?""", this::step, tenantId, taskId)
			.stream()
			.findFirst();
	}

	/** The steps of these tasks, by task id, in one statement. */
	Map<String, Step> stepsOf(String tenantId, Collection<String> taskIds) {
		Map<String, Step> found = new HashMap<>();
		if (!taskIds.isEmpty()) {
			jdbc.query("""
					select id, approval_id, task_id, name, assignee_user_id, on_behalf_of, decided_at
					from workflow.approval_step where tenant_id = ? and task_id = any(?)""", rs -> {
				found.put(rs.getString("task_id"), step(rs, 0));
			}, tenantId, taskIds.toArray(String[]::new));
		}
		return found;
	}

	void decideStep(UUID stepId, UUID decidedBy, ApprovalOutcome outcome, String comment, Instant now) {
		jdbc.update("""
				update workflow.approval_step set decided_by = ?, outcome = ?, comment = ?, decided_at = ? where id = ?""",
				decidedBy, outcome.name(), comment, Timestamp.from(now), stepId);
	}

	void reassignStep(String tenantId, String taskId, UUID assignee, UUID onBehalfOf, UUID escalatedFrom, String note) {
		jdbc.update("""
				update workflow.approval_step
				set assignee_user_id = ?, on_behalf_of = coalesce(?, on_behalf_of),
				    escalated_from = coalesce(?, escalated_from), note = coalesce(?, note)
				where tenant_id = ? and task_id = ?""", assignee, onBehalfOf, escalatedFrom, note, tenantId, taskId);
	}

	void noteStep(String tenantId, String taskId, String note) {
		jdbc.update("update workflow.approval_step set note = ? where tenant_id = ? and task_id = ?", note, tenantId,
				taskId);
	}

	List<ApprovalStep> history(String tenantId, List<UUID> approvalIds) {
		if (approvalIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				select * from workflow.approval_step where tenant_id = ? and approval_id = any(?)
				order by created_at, task_id nulls first""", (rs, i) -> historyStep(rs), tenantId,
				approvalIds.toArray(UUID[]::new));
	}

	/** Whether the user took part in the approval in any role. */
	boolean participant(String tenantId, UUID approvalId, UUID userId) {
		Integer count = jdbc.queryForObject("""
				select count(*) from workflow.approval a
				where a.tenant_id = ? and a.id = ? and (a.requested_by = ? or exists (
				  select 1 from workflow.approval_step s where s.approval_id = a.id
				    and ? in (s.assignee_user_id, s.on_behalf_of, s.decided_by, s.escalated_from)))""", Integer.class,
				tenantId, approvalId, userId, userId);
		return count != null && count > 0;
	}

	private ApprovalStep historyStep(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		UUID onBehalfOf = rs.getObject("on_behalf_of", UUID.class);
		String note = onBehalfOf != null ? "ON_BEHALF" : rs.getString("note");
		String name = note == null ? rs.getString("name") : rs.getString("name") + " [" + note + "]";
		// a delegated step shows whom it was for; its decider is the delegate
		UUID assignee = onBehalfOf != null ? onBehalfOf : rs.getObject("assignee_user_id", UUID.class);
		return new ApprovalStep(rs.getObject("approval_id", UUID.class), rs.getString("task_id"), name, assignee,
				rs.getObject("decided_by", UUID.class),
				outcome == null ? null : ApprovalOutcome.valueOf(outcome), rs.getString("comment"),
				instant(rs, "created_at"), instant(rs, "decided_at"));
	}

	private Approval approval(ResultSet rs, int row) throws SQLException {
		return new Approval(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getString("subject_type"),
				rs.getObject("subject_id", UUID.class), rs.getString("title"), rs.getBigDecimal("amount"),
				json.readValue(rs.getString("attributes"), new TypeReference<Map<String, Object>>() {
				}), rs.getString("process_instance_id"), rs.getObject("requested_by", UUID.class),
				rs.getString("status"));
	}

	private Step step(ResultSet rs, int row) throws SQLException {
		return new Step(rs.getObject("id", UUID.class), rs.getObject("approval_id", UUID.class),
				rs.getString("task_id"), rs.getString("name"), rs.getObject("assignee_user_id", UUID.class),
				rs.getObject("on_behalf_of", UUID.class), instant(rs, "decided_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
