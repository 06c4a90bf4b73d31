package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workforce plans, their lines and their requisition links by plain JDBC, always within the current tenant. The
 * strategy map is kept as the JSON the API took (plain numbers and ids, never evaluated).
 */
@Component
class PlanStore {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	PlanStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A stored plan. */
	record StoredPlan(UUID id, SavePlan strategy, Instant calculatedAt) {
	}

	/** A stored line with the requisition it produced, if any. */
	record StoredLine(PlanCalculation.Figures figures, UUID requisitionId) {
	}

	void insert(UUID id, SavePlan plan, Instant now) {
		jdbc.update("""
				insert into analytics.workforce_plan (id, tenant_id, name, plan_year, strategy, calculated_at, created_at,
				 updated_at) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)""", id, TenantContext.require(), plan.name(),
				plan.year(), json.writeValueAsString(plan), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now));
	}

	void update(UUID id, SavePlan plan, Instant now) {
		jdbc.update("""
				update analytics.workforce_plan set name = ?, plan_year = ?, strategy = ?::jsonb, calculated_at = ?,
				 updated_at = ? where tenant_id = ? and id = ?""", plan.name(), plan.year(),
				json.writeValueAsString(plan), Timestamp.from(now), Timestamp.from(now), TenantContext.require(), id);
	}

	/** The plan, its row locked until the transaction ends, so that proposals and edits of one plan queue up. */
	StoredPlan lock(UUID id) {
		return load(id, " for update");
	}

	StoredPlan load(UUID id) {
		return load(id, "");
	}

	private StoredPlan load(UUID id, String lock) {
		return jdbc.query("select strategy, calculated_at from analytics.workforce_plan where tenant_id = ? and id = ?"
				+ lock, (rs, n) -> new StoredPlan(id, json.readValue(rs.getString(1), SavePlan.class),
						rs.getTimestamp(2).toInstant()), TenantContext.require(), id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("WorkforcePlan", id));
	}

	List<StoredPlan> all() {
		return jdbc.query("""
				select id, strategy, calculated_at from analytics.workforce_plan where tenant_id = ?
				 order by plan_year desc, created_at desc""", (rs, n) -> new StoredPlan(rs.getObject(1, UUID.class),
				json.readValue(rs.getString(2), SavePlan.class), rs.getTimestamp(3).toInstant()),
				TenantContext.require());
	}

	void delete(UUID id) {
		jdbc.update("delete from analytics.workforce_plan where tenant_id = ? and id = ?", TenantContext.require(), id);
	}

	void replaceLines(UUID planId, List<PlanCalculation.Figures> lines) {
		String tenant = TenantContext.require();
		jdbc.update("delete from analytics.workforce_plan_line where tenant_id = ? and plan_id = ?", tenant, planId);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			PlanCalculation.Figures line = lines.get(i);
			rows.add(new Object[] { tenant, planId, i, line.slot().departmentId(), line.slot().positionId(),
					line.current(), line.expectedExits(), line.required() });
		}
		jdbc.batchUpdate("""
				insert into analytics.workforce_plan_line (tenant_id, plan_id, seq, department_id, position_id,
				 current_headcount, expected_exits, required_headcount) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	List<StoredLine> lines(UUID planId) {
		return jdbc.query("""
				select l.department_id, l.position_id, l.current_headcount, l.expected_exits, l.required_headcount,
				 r.requisition_id from analytics.workforce_plan_line l
				 left join analytics.workforce_plan_requisition r on r.tenant_id = l.tenant_id and r.plan_id = l.plan_id
				  and r.department_id = l.department_id and r.position_id = l.position_id
				 where l.tenant_id = ? and l.plan_id = ? order by l.seq""", (rs, n) -> new StoredLine(
				new PlanCalculation.Figures(new Slot(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
						rs.getInt(3), rs.getInt(4), rs.getInt(5)), rs.getObject(6, UUID.class)),
				TenantContext.require(), planId);
	}

	/** The requisition each line of the plan produced. */
	Map<Slot, UUID> requisitions(UUID planId) {
		Map<Slot, UUID> links = new HashMap<>();
		jdbc.query("""
				select department_id, position_id, requisition_id from analytics.workforce_plan_requisition
				 where tenant_id = ? and plan_id = ?""", rs -> {
			links.put(new Slot(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), rs.getObject(3, UUID.class));
		}, TenantContext.require(), planId);
		return links;
	}

	void link(UUID planId, Slot slot, UUID requisitionId, int headcount, Instant now) {
		jdbc.update("""
				insert into analytics.workforce_plan_requisition (tenant_id, plan_id, department_id, position_id,
				 requisition_id, headcount, created_at) values (?, ?, ?, ?, ?, ?, ?)""", TenantContext.require(), planId,
				slot.departmentId(), slot.positionId(), requisitionId, headcount, Timestamp.from(now));
	}
}
