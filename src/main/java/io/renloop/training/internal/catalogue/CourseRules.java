package io.renloop.training.internal.catalogue;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.training.Catalogue.ContentKind;
import io.renloop.training.Catalogue.CourseKind;
import io.renloop.training.Catalogue.SaveCourse;
import java.util.ArrayList;
import java.util.List;

/** What a course needs by its kind: online courses their content kind, videos their length. */
final class CourseRules {

	private CourseRules() {
	}

	static void check(SaveCourse course) {
		List<FieldProblem> problems = new ArrayList<>();
		if (course.kind() == CourseKind.ONLINE && course.contentKind() == null) {
			problems.add(new FieldProblem("contentKind", "error.training.course.contentKindRequired"));
		}
		if (course.kind() != CourseKind.ONLINE && course.contentKind() != null) {
			problems.add(new FieldProblem("contentKind", "error.training.course.contentOnlyOnline"));
		}
		if (course.contentKind() == ContentKind.VIDEO && course.contentSeconds() == null) {
			problems.add(new FieldProblem("contentSeconds", "error.training.course.videoLength"));
		}
		if (course.cost() != null && course.cost().scale() > 2) {
			problems.add(new FieldProblem("cost", "error.training.course.costScale"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}
}
