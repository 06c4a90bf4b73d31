package io.renloop.training.internal.recommend;

import io.renloop.employee.EmployeeDetails;
import io.renloop.platform.AuditTrail;
import io.renloop.training.Catalogue;
import io.renloop.training.Catalogue.CourseView;
import io.renloop.training.Enrolments;
import io.renloop.training.Enrolments.EnrolmentView;
import io.renloop.training.Enrolments.Status;
import io.renloop.training.Recommendations;
import io.renloop.training.internal.Learners;
import io.renloop.training.internal.catalogue.Enrolling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultRecommendations implements Recommendations {

	/** At most this many reasons per course: the strongest evidence, not a wall of text. */
	static final int MAX_REASONS = 4;

	private final Learners employees;

	private final EmployeeNeeds needs;

	private final NeedMatcher matcher;

	private final Catalogue catalogue;

	private final Enrolments enrolments;

	private final Enrolling enrolling;

	private final MessageSource messages;

	private final AuditTrail audit;

	DefaultRecommendations(Learners employees, EmployeeNeeds needs, NeedMatcher matcher, Catalogue catalogue,
			Enrolments enrolments, Enrolling enrolling, MessageSource messages, AuditTrail audit) {
		this.employees = employees;
		this.needs = needs;
		this.matcher = matcher;
		this.catalogue = catalogue;
		this.enrolments = enrolments;
		this.enrolling = enrolling;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recommendation> forEmployee(UUID employeeId) {
		return recommend(employees.get(employeeId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recommendation> mine() {
		return recommend(employees.me());
	}

	@Override
	public EnrolmentView accept(UUID employeeId, UUID courseId) {
		EmployeeDetails employee = employees.get(employeeId);
		UUID id = enrolling.enrol(courseId, employee, null, Enrolments.Source.RECOMMENDATION);
		audit.recordChange("ACCEPT", "TrainingRecommendation", id, null, Map.of("employee", employeeId, "course",
				courseId));
		return enrolments.of(employeeId).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
	}

	private List<Recommendation> recommend(EmployeeDetails employee) {
		Set<UUID> taken = enrolments.of(employee.id()).stream()
			.filter(e -> e.status() != Status.CANCELLED && e.status() != Status.REJECTED)
			.map(EnrolmentView::courseId)
			.collect(Collectors.toSet());
		List<CourseView> open = catalogue.courses().stream().filter(c -> !taken.contains(c.id())).toList();
		Map<UUID, List<Reason>> reasons = new LinkedHashMap<>();
		Map<UUID, CourseView> byId = new LinkedHashMap<>();
		for (Need need : needs.of(employee)) {
			Reason reason = new Reason(need.source(), text(need));
			for (CourseView course : matcher.covering(need, open)) {
				List<Reason> list = reasons.computeIfAbsent(course.id(), k -> new ArrayList<>());
				byId.put(course.id(), course);
				if (list.size() < MAX_REASONS && !list.contains(reason)) {
					list.add(reason);
				}
			}
		}
		return reasons.entrySet().stream()
			.sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
			.map(e -> new Recommendation(e.getKey(), byId.get(e.getKey()).title(), List.copyOf(e.getValue())))
			.toList();
	}

	private String text(Need need) {
		String score = need.score() == null ? "" : need.score().stripTrailingZeros().toPlainString();
		return messages.getMessage(need.reasonKey(), new Object[] { need.topic(), score, need.context() },
				LocaleContextHolder.getLocale());
	}
}
