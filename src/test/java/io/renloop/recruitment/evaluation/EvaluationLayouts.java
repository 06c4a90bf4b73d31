package io.renloop.recruitment.evaluation;

import io.renloop.recruitment.evaluation.EvaluationPeople.Person;
import io.renloop.recruitment.evaluation.EvaluationPeople.Ym;
import java.util.List;
import java.util.function.Function;

/** What the layouts share: how they write dates and how a person becomes gold labels. */
final class EvaluationLayouts {

	private EvaluationLayouts() {
	}

	/** A resume's document and its labels. */
	record Rendered(EvaluationDocument document, GoldLabels gold) {
	}

	/**
	 * How a layout writes dates and ranges.
	 * @param months whether dates show the month (else only the year)
	 */
	record Dates(Function<Ym, String> format, boolean months, String separator, String present) {

		static Dates months(Function<Ym, String> format, String separator, String present) {
			return new Dates(format, true, separator, present);
		}

		static Dates years(String separator, String present) {
			return new Dates(ym -> String.valueOf(ym.year()), false, separator, present);
		}

		String format(Ym ym) {
			return format.apply(ym);
		}

		String range(Ym start, Ym end) {
			return format(start) + separator + (end == null ? present : format(end));
		}

		/** The label of a date as written: yyyy-MM, yyyy, or present for an open end. */
		String gold(Ym ym) {
			if (ym == null) {
				return "present";
			}
			return months ? "%d-%02d".formatted(ym.year(), ym.month()) : String.valueOf(ym.year());
		}
	}

	/**
	 * The labels of a person as a layout shows them: the name only when shown; an education's start only when shown
	 * (else its end is the graduation date).
	 */
	static GoldLabels gold(Person p, boolean nameShown, Dates education, Dates experience, boolean educationStartShown) {
		List<GoldLabels.Education> schools = p.schools()
			.stream()
			.map(s -> new GoldLabels.Education(s.name(), s.degree(), s.major(),
					educationStartShown ? education.gold(s.start()) : null, education.gold(s.end())))
			.toList();
		List<GoldLabels.Experience> jobs = p.jobs()
			.stream()
			.map(j -> new GoldLabels.Experience(j.organization(), j.title(), experience.gold(j.start()), experience.gold(j.end())))
			.toList();
		return new GoldLabels(null, p.chinese() ? "zh" : "en", null, nameShown ? p.name() : null, p.phone(), p.email(), schools,
				jobs, p.skills(), p.certificates());
	}
}
