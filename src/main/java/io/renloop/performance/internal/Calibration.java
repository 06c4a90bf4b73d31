package io.renloop.performance.internal;

import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.performance.CalibrationMove;
import io.renloop.performance.CalibrationView;
import io.renloop.performance.CalibrationView.DepartmentDistribution;
import io.renloop.performance.CalibrationView.MoveView;
import io.renloop.performance.CycleView;
import io.renloop.performance.Grade;
import io.renloop.performance.ItemScore;
import io.renloop.performance.PerformanceResultsPublished.Gap;
import io.renloop.performance.PerformanceResultsPublished.Item;
import io.renloop.performance.PerformanceResultsPublished.Result;
import io.renloop.performance.TemplateView;
import io.renloop.performance.internal.scoring.GradeScale;
import io.renloop.performance.internal.scoring.ReviewInputs.MetricValue;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Calibration: the distribution of grades per department against the tenant's guidance, moves between grades with
 * a reason (audited, kept with before and after), an optional forced distribution that caps the two best grades at
 * their expected share, and the final results with their gaps for publication.
 */
@Component
class Calibration {

	private static final BigDecimal GAP = new BigDecimal("60");

	private static final BigDecimal SEVERE_GAP = new BigDecimal("40");

	private final ReviewStore reviews;

	private final ReviewScope scope;

	private final GradeGuidance guidance;

	private final Organization organization;

	private final CycleStore cycles;

	private final TemplateStore templates;

	private final MetricStore metrics;

	private final ReviewScorer scorer;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	Calibration(ReviewStore reviews, ReviewScope scope, GradeGuidance guidance, Organization organization,
			CycleStore cycles, TemplateStore templates, MetricStore metrics, ReviewScorer scorer, JdbcTemplate jdbc,
			AuditTrail audit, java.time.Clock clock) {
		this.clock = clock;
		this.reviews = reviews;
		this.scope = scope;
		this.guidance = guidance;
		this.organization = organization;
		this.cycles = cycles;
		this.templates = templates;
		this.metrics = metrics;
		this.scorer = scorer;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	CalibrationView view(CycleView cycle) {
		String tenantId = TenantContext.require();
		GradeScale scale = guidance.scale();
		List<ReviewRow> people = reviews.ofCycle(tenantId, cycle.id(), scope.departments(), null);
		Map<UUID, String> names = organization.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name, (a, b) -> a));
		Map<UUID, List<ReviewRow>> byDepartment = people.stream()
			.collect(Collectors.groupingBy(r -> r.departmentId() == null ? new UUID(0, 0) : r.departmentId(),
					LinkedHashMap::new, Collectors.toList()));
		List<DepartmentDistribution> departments = new ArrayList<>();
		byDepartment.forEach((id, rows) -> departments.add(new DepartmentDistribution(id,
				names.getOrDefault(id, "—"), rows.size(), count(scale, rows, ReviewRow::grade),
				count(scale, rows, ReviewRow::finalGrade), expected(scale, rows.size()))));
		departments.sort(Comparator.comparing(DepartmentDistribution::departmentName));
		Set<UUID> visible = people.stream().map(ReviewRow::id).collect(Collectors.toSet());
		List<MoveView> moves = jdbc.query("""
				select m.*, r.employee_name from performance.calibration_move m
				 join performance.review r on r.id = m.review_id
				 where m.tenant_id = ? and m.cycle_id = ? order by m.moved_at desc""", (rs, n) -> new MoveView(
				rs.getObject("review_id", UUID.class), rs.getString("employee_name"), rs.getString("from_grade"),
				rs.getString("to_grade"), rs.getString("reason"), rs.getString("moved_by"),
				rs.getTimestamp("moved_at").toInstant()), tenantId, cycle.id())
			.stream()
			.filter(m -> visible.contains(m.reviewId()))
			.toList();
		return new CalibrationView(cycle.id(), cycle.phase(), cycle.forcedDistribution(), scale.grades(),
				departments, people.stream().map(ReviewRow::summary).toList(), moves);
	}

	void move(CycleView cycle, List<CalibrationMove> moves) {
		String tenantId = TenantContext.require();
		GradeScale scale = guidance.scale();
		Map<UUID, ReviewRow> touched = new HashMap<>();
		for (int i = 0; i < moves.size(); i++) {
			CalibrationMove move = moves.get(i);
			String field = "moves[" + i + "]";
			if (!scale.contains(move.grade())) {
				throw InvalidFieldsException.of("moves[" + i + "].grade", "performance.calibration.unknownGrade",
						move.grade(), String.join(", ", scale.codes()));
			}
			ReviewRow review = reviews.byId(tenantId, move.reviewId())
				.filter(r -> r.cycleId().equals(cycle.id()))
				.filter(scope::canManage)
				.orElseThrow(() -> InvalidFieldsException.of(field + ".reviewId",
						"performance.calibration.unknownReview"));
			if (review.finalGrade() == null) {
				throw InvalidFieldsException.of(field + ".reviewId", "performance.calibration.unscored",
						review.employeeName());
			}
			String from = review.finalGrade();
			reviews.calibrate(tenantId, review.id(), move.grade());
			jdbc.update("""
					insert into performance.calibration_move (id, tenant_id, cycle_id, review_id, from_grade, to_grade,
					 reason, moved_by, moved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), tenantId,
					cycle.id(), review.id(), from, move.grade(), move.reason().strip(), CurrentUser.require().email(),
					Timestamp.from(clock.instant()));
			audit.recordChange("CALIBRATE", "PerformanceReview", review.id(), Map.of("grade", from),
					Map.of("grade", move.grade(), "reason", move.reason().strip()));
			touched.put(review.departmentId(), review);
		}
		if (cycle.forcedDistribution()) {
			for (UUID department : touched.keySet()) {
				checkForced(scale, reviews.ofCycle(tenantId, cycle.id(), department == null ? Set.of()
						: Set.of(department), null));
			}
		}
	}

	/** The final results of a cycle with each person's gaps: items below 60 points, the lowest first, at most 3. */
	List<Result> results(UUID cycleId) {
		String tenantId = TenantContext.require();
		ReviewScorer.CycleScoring scoring = scorer.forCycle(tenantId, cycles.byId(tenantId, cycleId).orElseThrow());
		List<Result> results = new ArrayList<>();
		for (ReviewRow review : reviews.ofCycle(tenantId, cycleId, null, null)) {
			List<ItemScore> scored = scoring.score(review).items();
			List<Gap> gaps = scored.stream()
				.filter(item -> item.score() != null && item.score().compareTo(GAP) < 0 && !item.veto())
				.sorted(Comparator.comparing(ItemScore::score))
				.limit(3)
				.map(item -> new Gap(item.kind(), item.code(), item.name(), item.score(),
						item.score().compareTo(SEVERE_GAP) < 0 ? "HIGH" : "MEDIUM"))
				.toList();
			List<Item> items = scored.stream()
				.filter(item -> item.score() != null)
				.map(item -> new Item(item.kind(), item.code(), item.name(), item.score()))
				.toList();
			results.add(new Result(review.employeeId(), review.finalGrade(), review.score(), gaps, items));
		}
		return results;
	}

	private void checkForced(GradeScale scale, List<ReviewRow> department) {
		Map<String, Integer> after = count(scale, department, ReviewRow::finalGrade);
		Map<String, Integer> allowed = ceilings(scale, department.size());
		for (String grade : scale.codes().subList(0, Math.min(2, scale.codes().size()))) {
			if (after.get(grade) > allowed.get(grade)) {
				throw new BusinessRuleException(409, "performance.calibration.forced", grade,
						String.valueOf(allowed.get(grade)), String.valueOf(after.get(grade)));
			}
		}
	}

	private static Map<String, Integer> count(GradeScale scale, List<ReviewRow> rows,
			Function<ReviewRow, String> grade) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		scale.codes().forEach(code -> counts.put(code, 0));
		rows.stream().map(grade).filter(counts::containsKey).forEach(code -> counts.merge(code, 1, Integer::sum));
		return counts;
	}

	private static Map<String, Integer> expected(GradeScale scale, int headcount) {
		return share(scale, headcount, RoundingMode.HALF_UP);
	}

	private static Map<String, Integer> ceilings(GradeScale scale, int headcount) {
		return share(scale, headcount, RoundingMode.CEILING);
	}

	private static Map<String, Integer> share(GradeScale scale, int headcount, RoundingMode rounding) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		for (Grade grade : scale.grades()) {
			expected.put(grade.code(), grade.share()
				.multiply(BigDecimal.valueOf(headcount))
				.divide(new BigDecimal("100"), 0, rounding)
				.intValue());
		}
		return expected;
	}
}
