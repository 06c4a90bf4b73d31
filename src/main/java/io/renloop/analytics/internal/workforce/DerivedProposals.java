package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.WorkforcePlans.CourseNeed;
import io.renloop.analytics.WorkforcePlans.Goal;
import io.renloop.analytics.WorkforcePlans.KpiTarget;
import io.renloop.analytics.WorkforcePlans.Line;
import io.renloop.analytics.WorkforcePlans.Share;
import io.renloop.analytics.WorkforcePlans.TrainingNeed;
import io.renloop.training.Catalogue;
import io.renloop.training.Catalogue.CourseView;
import io.renloop.training.Catalogue.PathView;
import io.renloop.training.Catalogue.SavePath.Step;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What follows from a plan besides requisitions, shown with it and pushed nowhere: the courses its new hires will
 * take (training's new-hire paths and the position's paths, as training enrols every new employee) and each goal's
 * target split over its departments as KPI targets.
 */
@Component
class DerivedProposals {

	private final Catalogue catalogue;

	DerivedProposals(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	List<TrainingNeed> trainingNeeds(List<Line> lines) {
		List<PathView> paths = catalogue.paths();
		Map<UUID, CourseView> courses = new LinkedHashMap<>();
		catalogue.courses().forEach(course -> courses.put(course.id(), course));
		List<TrainingNeed> needs = new ArrayList<>();
		for (Line line : lines) {
			if (line.gap() <= 0) {
				continue;
			}
			Map<UUID, CourseNeed> taken = new LinkedHashMap<>();
			paths.stream()
				.filter(path -> path.newHire() || line.positionId().equals(path.positionId()))
				.flatMap(path -> path.courses().stream())
				.map(Step::courseId)
				.filter(courses::containsKey)
				.forEach(id -> taken.computeIfAbsent(id,
						c -> new CourseNeed(id, courses.get(id).title(), courses.get(id).hours())));
			if (taken.isEmpty()) {
				continue;
			}
			BigDecimal hours = taken.values().stream().map(CourseNeed::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
			needs.add(new TrainingNeed(line.departmentId(), line.positionId(), line.positionName(), line.gap(),
					List.copyOf(taken.values()), hours.multiply(BigDecimal.valueOf(line.gap())).setScale(1,
							RoundingMode.HALF_UP)));
		}
		return needs;
	}

	static List<KpiTarget> kpiTargets(List<Goal> goals, String language, Function<UUID, String> departmentName) {
		List<KpiTarget> targets = new ArrayList<>();
		for (Goal goal : goals) {
			if (goal.split().isEmpty()) {
				targets.add(new KpiTarget(goal.code(), goal.name(language), null, null, BigDecimal.ONE,
						scaled(goal.baseline()), scaled(goal.target()), goal.unit()));
			}
			for (Share share : goal.split()) {
				targets.add(new KpiTarget(goal.code(), goal.name(language), share.departmentId(),
						departmentName.apply(share.departmentId()), share.share(),
						scaled(goal.baseline().multiply(share.share())), scaled(goal.target().multiply(share.share())),
						goal.unit()));
			}
		}
		return targets;
	}

	private static BigDecimal scaled(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
