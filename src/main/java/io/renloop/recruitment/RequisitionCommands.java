package io.renloop.recruitment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Commands on requisitions.
 */
public final class RequisitionCommands {

	private RequisitionCommands() {
	}

	/**
	 * A new requisition, created as DRAFT.
	 * @param positionId the position to hire for
	 * @param departmentId the department the hires join
	 * @param headcount how many people to hire
	 * @param title a title for postings; the position's name when blank
	 */
	public record CreateRequisition(@NotNull UUID positionId, @NotNull UUID departmentId,
			@NotNull @Min(1) @Max(1000) Integer headcount, @Size(max = 200) String title) {
	}

	/**
	 * Opening a requisition. With {@code override} an HR admin (HEADCOUNT_OVERRIDE) opens it beyond the
	 * headcount plan; the reason is then required and audited.
	 */
	public record OpenRequisition(boolean override, @Size(max = 1000) String reason) {

		public static OpenRequisition withinPlan() {
			return new OpenRequisition(false, null);
		}
	}
}
