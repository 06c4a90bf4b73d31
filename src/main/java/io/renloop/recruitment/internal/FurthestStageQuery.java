package io.renloop.recruitment.internal;

import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationProgress;
import io.renloop.recruitment.ApplicationStage;
import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** One query over applications and their stage history, tenant-scoped. */
@Service
class FurthestStageQuery implements ApplicationProgress {

	private static final Set<ApplicationStage> PIPELINE = EnumSet.range(ApplicationStage.APPLIED, ApplicationStage.HIRED);

	private static final String SQL = """
			select a.id, a.candidate_id, a.requisition_id, a.stage,
			       array_remove(array_agg(distinct h.to_stage), null) as reached
			from recruitment.application a
			left join recruitment.application_history h on h.application_id = a.id and h.tenant_id = a.tenant_id
			where a.tenant_id = ? and (cast(? as uuid) is null or a.requisition_id = cast(? as uuid))
			group by a.id, a.candidate_id, a.requisition_id, a.stage
			order by a.created_at, a.id""";

	private final JdbcTemplate jdbc;

	private final RequisitionRepository requisitions;

	FurthestStageQuery(JdbcTemplate jdbc, RequisitionRepository requisitions) {
		this.jdbc = jdbc;
		this.requisitions = requisitions;
	}

	@Override
	public List<Reach> furthestStages(UUID requisitionId) {
		if (requisitionId != null && requisitions.findById(requisitionId).isEmpty()) {
			throw new NotFoundException("Requisition", requisitionId);
		}
		return jdbc.query(SQL, (row, i) -> new Reach(row.getObject("id", UUID.class),
				row.getObject("candidate_id", UUID.class), row.getObject("requisition_id", UUID.class),
				furthest(ApplicationStage.valueOf(row.getString("stage")), row.getArray("reached"))),
				TenantContext.require(), requisitionId, requisitionId);
	}

	private static ApplicationStage furthest(ApplicationStage current, Array reached) throws SQLException {
		ApplicationStage furthest = PIPELINE.contains(current) ? current : ApplicationStage.APPLIED;
		for (Object stage : (Object[]) reached.getArray()) {
			ApplicationStage entered = ApplicationStage.valueOf((String) stage);
			if (PIPELINE.contains(entered) && entered.ordinal() > furthest.ordinal()) {
				furthest = entered;
			}
		}
		return furthest;
	}
}
