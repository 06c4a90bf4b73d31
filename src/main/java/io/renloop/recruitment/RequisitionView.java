package io.renloop.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A requisition as shown to users.
 *
 * @param id the requisition
 * @param positionId the position hired for
 * @param positionName its name
 * @param departmentId the department the hires join
 * @param departmentName its name
 * @param headcount people to hire
 * @param title the title of postings
 * @param status where it stands
 * @param createdBy the login of whoever created it
 * @param createdAt when it was created
 * @param openedAt when it was last opened, or null
 * @param closedAt when it was closed, or null
 * @param competencyModel the position's competency model, or null when it has none (detail views only)
 */
public record RequisitionView(UUID id, UUID positionId, String positionName, UUID departmentId,
		String departmentName, int headcount, String title, RequisitionStatus status, String createdBy,
		Instant createdAt, Instant openedAt, Instant closedAt, CompetencyModel competencyModel) {
}
