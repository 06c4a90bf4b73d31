package io.renloop.training.internal.recommend;

import io.renloop.employee.EmployeeDetails;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.training.Catalogue;
import io.renloop.training.Catalogue.CourseView;
import io.renloop.training.Enrolments;
import io.renloop.training.Enrolments.EnrolmentView;
import io.renloop.training.Enrolments.Status;
import io.renloop.training.Recommendations;
import io.renloop.training.internal.Learners;
import io.renloop.training.internal.catalogue.Enrolling;
import java.time.Clock;
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
import org.springframework.validation.annotation.Validated;

@Service
@Transactional
@Validated
class DefaultRecommendations implements Recommendations {

	/** At most this many reasons per course: the strongest evidence, not a wall of text. */
	static final int MAX_REASONS = 4;

	private final Learners employees;

	private final EmployeeNeeds needs;

	private final NeedMatcher matcher;

	private final Catalogue catalogue;

	private final Enrolments enrolments;

	private final Enrolling enrolling;

	private final ManagerRecommendationStore byHand;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultRecommendations(Learners employees, EmployeeNeeds needs, NeedMatcher matcher, Catalogue catalogue,
			Enrolments enrolments, Enrolling enrolling, ManagerRecommendationStore byHand, MessageSource messages,
			AuditTrail audit, Clock clock) {
		this.employees = employees;
		this.needs = needs;
		this.matcher = matcher;
		this.catalogue = catalogue;
		this.enrolments = enrolments;
		this.enrolling = enrolling;
		this.byHand = byHand;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
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

	@Override
	public Recommendation recommend(Recommend command) {
		EmployeeDetails employee = employees.get(command.employeeId());
		CurrentUser user = CurrentUser.require();
		if (employee.id().equals(user.employeeId())) {
			throw new BusinessRuleException(403, "error.training.recommendation.self");
		}
		CourseView course = course(command.courseId());
		if (taken(employee).contains(course.id())) {
			throw new BusinessRuleException("error.training.enrolment.exists", course.title());
		}
		String name = user.displayName() == null || user.displayName().isBlank() ? user.email() : user.displayName();
		String text = command.text().strip();
		UUID id = byHand.save(employee.id(), course.id(), text, user.email(), name, clock.instant());
		audit.recordChange("RECOMMEND", "TrainingRecommendation", id, null, Map.of("employee", employee.id(), "course",
				course.code(), "text", text));
		return new Recommendation(course.id(), course.title(), List.of(new Reason(Source.MANAGER,
				new ManagerRecommendationStore.Stored(course.id(), name, text).reasonText())));
	}

	private CourseView course(UUID courseId) {
		try {
			return catalogue.course(courseId);
		}
		catch (NotFoundException unknown) {
			throw InvalidFieldsException.of("courseId", "error.training.path.unknownCourse", courseId);
		}
	}

	private Set<UUID> taken(EmployeeDetails employee) {
		return enrolments.of(employee.id()).stream()
			.filter(e -> e.status() != Status.CANCELLED && e.status() != Status.REJECTED)
			.map(EnrolmentView::courseId)
			.collect(Collectors.toSet());
	}

	private List<Recommendation> recommend(EmployeeDetails employee) {
		Set<UUID> taken = taken(employee);
		List<CourseView> open = catalogue.courses().stream().filter(c -> !taken.contains(c.id())).toList();
		Map<UUID, List<Reason>> reasons = new LinkedHashMap<>();
		Map<UUID, CourseView> byId = new LinkedHashMap<>();
		Map<UUID, CourseView> openById = open.stream().collect(Collectors.toMap(CourseView::id, c -> c));
		// what a person asked for comes first: it is the most deliberate reason
		for (ManagerRecommendationStore.Stored asked : byHand.of(employee.id())) {
			CourseView course = openById.get(asked.courseId());
			if (course != null) {
				add(reasons, byId, course, new Reason(Source.MANAGER, asked.reasonText()));
			}
		}
		for (Need need : needs.of(employee)) {
			Reason reason = new Reason(need.source(), text(need));
			for (CourseView course : matcher.covering(need, open)) {
				add(reasons, byId, course, reason);
			}
		}
		return reasons.entrySet().stream()
			.sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
			.map(e -> new Recommendation(e.getKey(), byId.get(e.getKey()).title(), List.copyOf(e.getValue())))
			.toList();
	}

	private static void add(Map<UUID, List<Reason>> reasons, Map<UUID, CourseView> byId, CourseView course,
			Reason reason) {
		List<Reason> list = reasons.computeIfAbsent(course.id(), k -> new ArrayList<>());
		byId.put(course.id(), course);
		if (list.size() < MAX_REASONS && !list.contains(reason)) {
			list.add(reason);
		}
	}

	private String text(Need need) {
		String score = need.score() == null ? "" : need.score().stripTrailingZeros().toPlainString();
		return messages.getMessage(need.reasonKey(), new Object[] { need.topic(), score, need.context() },
				LocaleContextHolder.getLocale());
	}
}
