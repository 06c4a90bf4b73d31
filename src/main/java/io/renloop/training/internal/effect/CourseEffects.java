package io.renloop.training.internal.effect;

import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.training.CourseEffectMeasured;
import io.renloop.training.TrainingEffectiveness.CourseEffect;
import io.renloop.training.internal.Language;
import io.renloop.training.internal.effect.BeforeAndAfter.Completion;
import io.renloop.training.internal.effect.BeforeAndAfter.Effect;
import io.renloop.training.internal.effect.ScoreStore.TiedCourse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The effect of every course tied to a performance item, per year of completion (in the tenant's zone): read for the
 * effectiveness figures, and announced to analytics whenever new results may have changed it.
 */
@Component
public class CourseEffects {

	private final ScoreStore store;

	private final TenantTime time;

	private final ApplicationEventPublisher events;

	CourseEffects(ScoreStore store, TenantTime time, ApplicationEventPublisher events) {
		this.store = store;
		this.time = time;
		this.events = events;
	}

	/** Every tied course with its effect for the completions of the year (n may be 0). */
	public List<CourseEffect> of(int year) {
		ZoneId zone = time.zone();
		return store.tiedCourses().stream().map(course -> {
			List<Completion> inYear = store.completions(course.id())
				.stream()
				.filter(c -> c.completedAt().atZone(zone).getYear() == year)
				.toList();
			Effect effect = BeforeAndAfter.of(inYear, inYear.isEmpty() ? List.of()
					: store.scores(course.id(), course.item()));
			return new CourseEffect(course.id(), course.code(), Language.pick(course.titleZh(), course.titleEn()),
					course.item(), effect.participants(), effect.before(), effect.after());
		}).toList();
	}

	/** Announces, per tied course and year of completion, the effect of those with results before and after. */
	void announce() {
		ZoneId zone = time.zone();
		for (TiedCourse course : store.tiedCourses()) {
			Map<Integer, List<Completion>> byYear = store.completions(course.id())
				.stream()
				.collect(Collectors.groupingBy(c -> c.completedAt().atZone(zone).getYear(), TreeMap::new,
						Collectors.toList()));
			if (byYear.isEmpty()) {
				continue;
			}
			var scores = store.scores(course.id(), course.item());
			byYear.forEach((year, completions) -> {
				Effect effect = BeforeAndAfter.of(completions, scores);
				if (effect.participants() > 0) {
					events.publishEvent(new CourseEffectMeasured(TenantContext.require(), course.id(), course.code(),
							course.item(), year, effect.participants(), effect.before(), effect.after(),
							time.clock().instant()));
				}
			});
		}
	}
}
