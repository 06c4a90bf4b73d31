package io.renloop.analytics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Workforce plans of the current tenant: a strategy map for a year (business goals → drivers per department and
 * position) turned into plan lines — current headcount, expected exits over the plan year, required headcount and the
 * gap — with proposed requisitions, training needs, KPI targets and monthly tracking against actual headcount.
 * Department-scoped readers (managers) see the lines, drivers and proposals of their subtree only. Unknown ids, and
 * other tenants' ids, raise {@code NotFoundException}; unknown departments or positions, duplicate goals and
 * contradictory drivers raise {@code InvalidFieldsException}.
 */
public interface WorkforcePlans {

	/** Newest plan year first. */
	List<PlanSummary> list();

	PlanView get(UUID id);

	/** Validates the strategy map and calculates the lines from today's headcount and expected exits; audited. */
	PlanView create(@Valid SavePlan command);

	/** Replaces the strategy map and recalculates the lines; requisitions already created stay linked; audited. */
	PlanView update(UUID id, @Valid SavePlan command);

	/** Deletes the plan with its lines; requisitions it created stay in recruitment; audited. */
	void delete(UUID id);

	/**
	 * Creates a DRAFT requisition in recruitment for every line with a positive gap that has none yet, if the
	 * headcount plan (编制) of its department and position leaves room for the whole gap (planned − filled − the
	 * headcount of requisitions not closed); other lines are reported, not created. Idempotent per line; audited.
	 */
	List<RequisitionProposal> proposeRequisitions(UUID id);

	/** Planned against actual headcount per month of the plan year, per line and in total. */
	Tracking tracking(UUID id);

	/**
	 * A strategy map.
	 * @param name e.g. 2027 年度人力规划
	 * @param year the plan year
	 * @param goals business goals, each with a unique code and names
	 * @param outputDrivers people per unit of output; they turn a goal's increase into additional people
	 * @param ratioRules staffing ratios such as one safety inspector per 15 miners, applied in order
	 */
	record SavePlan(@NotBlank @Size(max = 200) String name, @NotNull @Min(2000) @Max(2100) Integer year,
			@NotEmpty @Size(max = 20) List<@Valid @NotNull Goal> goals,
			@Size(max = 200) List<@Valid @NotNull OutputDriver> outputDrivers,
			@Size(max = 200) List<@Valid @NotNull RatioRule> ratioRules) {

		public SavePlan {
			outputDrivers = outputDrivers == null ? List.of() : outputDrivers;
			ratioRules = ratioRules == null ? List.of() : ratioRules;
		}
	}

	/**
	 * A business goal, e.g. 新增产能 300 万吨: metric 原煤产能, unit 万吨, baseline 1200, target 1500.
	 * @param split the goal's shares per department (each in (0, 1], together at most 1); empty for an unsplit goal
	 */
	record Goal(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
			@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
			@NotBlank @Size(max = 100) String metric, @NotBlank @Size(max = 20) String unit,
			@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 4) BigDecimal baseline,
			@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 4) BigDecimal target,
			@Size(max = 50) List<@Valid @NotNull Share> split) {

		public Goal {
			split = split == null ? List.of() : split;
		}

		/** The goal's name in the language of the tag (zh* gives the Chinese name). */
		public String name(String languageTag) {
			return languageTag != null && languageTag.startsWith("zh") ? nameZh : nameEn;
		}
	}

	/** A department's share of a goal. */
	record Share(@NotNull UUID departmentId,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal share) {
	}

	/**
	 * One more person of the position in the department per {@code outputPerPerson} units of the goal's increase
	 * (target − baseline, times the department's share), e.g. one shearer operator per 1.2 万吨 a year.
	 */
	record OutputDriver(@NotBlank @Size(max = 40) String goal, @NotNull UUID departmentId, @NotNull UUID positionId,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal outputPerPerson) {
	}

	/**
	 * One person of the position in the department per {@code perPeople} required people of the basis positions in
	 * the basis department and the units below it, e.g. one safety inspector per 15 miners.
	 */
	record RatioRule(@NotNull UUID departmentId, @NotNull UUID positionId,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 2) BigDecimal perPeople,
			@NotNull UUID basisDepartmentId, @NotEmpty @Size(max = 20) List<@NotNull UUID> basisPositionIds) {
	}

	/** A plan as lists show it. */
	record PlanSummary(UUID id, String name, int year, int lines, int gap, Instant calculatedAt) {
	}

	/**
	 * A plan with its lines and the proposals derived from them.
	 * @param calculatedAt when the lines were calculated (on create and update)
	 */
	record PlanView(UUID id, String name, int year, List<Goal> goals, List<OutputDriver> outputDrivers,
			List<RatioRule> ratioRules, List<Line> lines, List<TrainingNeed> trainingNeeds, List<KpiTarget> kpiTargets,
			Instant calculatedAt) {
	}

	/**
	 * A plan line. {@code gap = required − current + expectedExits}: the hires needed by the end of the plan year.
	 * @param requisitionId the requisition this line produced, or null
	 */
	record Line(UUID departmentId, String departmentName, UUID positionId, String positionName, int current,
			int expectedExits, int required, int gap, UUID requisitionId) {
	}

	/** The courses new hires of a line take (the tenant's new-hire paths and the position's paths). */
	record TrainingNeed(UUID departmentId, UUID positionId, String positionName, int people, List<CourseNeed> courses,
			BigDecimal totalHours) {
	}

	record CourseNeed(UUID courseId, String title, BigDecimal hours) {
	}

	/** A goal's target split over a department (null department: the goal is not split). */
	record KpiTarget(String goal, String goalName, UUID departmentId, String departmentName, BigDecimal share,
			BigDecimal baseline, BigDecimal target, String unit) {
	}

	/** What became of a line with a positive gap when requisitions were proposed. */
	enum ProposalOutcome {
		CREATED, ALREADY_CREATED, OVER_HEADCOUNT_PLAN
	}

	/**
	 * @param available what the headcount plan leaves for the slot (reported for lines over it)
	 */
	record RequisitionProposal(UUID departmentId, String departmentName, UUID positionId, String positionName,
			int gap, ProposalOutcome outcome, UUID requisitionId, Long available) {
	}

	/**
	 * Monthly tracking: {@code months} are the plan year's months (yyyy-MM); each series has one value per month.
	 * Planned rises evenly from the line's current headcount to its required headcount at December; actual is the
	 * month-end snapshot, the live headcount for the current month, null for months to come or never snapshotted.
	 */
	record Tracking(UUID planId, int year, List<String> months, List<Integer> planned, List<Integer> actual,
			List<TrackedLine> lines) {
	}

	record TrackedLine(UUID departmentId, String departmentName, UUID positionId, String positionName, int baseline,
			List<Integer> planned, List<Integer> actual) {
	}
}
