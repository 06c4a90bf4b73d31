package io.renloop.performance.internal.scoring;

import io.renloop.performance.Grade;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The tenant's grades, best first: a score earns the best grade whose minimum it reaches.
 */
public record GradeScale(List<Grade> grades) {

	/** S/A/B/C/D at 90/80/65/50/0 points, expected 10/20/50/15/5 %. */
	public static final GradeScale DEFAULT = new GradeScale(List.of(grade("S", "90", "10"), grade("A", "80", "20"),
			grade("B", "65", "50"), grade("C", "50", "15"), grade("D", "0", "5")));

	public GradeScale {
		grades = grades.stream().sorted(Comparator.comparing(Grade::minScore).reversed()).toList();
	}

	/** The grade a score earns; the lowest grade for a score below every minimum. */
	public String gradeOf(BigDecimal score) {
		return grades.stream()
			.filter(g -> score.compareTo(g.minScore()) >= 0)
			.findFirst()
			.orElse(grades.get(grades.size() - 1))
			.code();
	}

	/** Whether the code names a grade of the scale. */
	public boolean contains(String code) {
		return grades.stream().anyMatch(g -> g.code().equals(code));
	}

	/** The grade codes, best first. */
	public List<String> codes() {
		return grades.stream().map(Grade::code).toList();
	}

	private static Grade grade(String code, String min, String share) {
		return new Grade(code, new BigDecimal(min), new BigDecimal(share));
	}
}
