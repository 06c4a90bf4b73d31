package io.renloop.recruitment.evaluation;

import io.renloop.recruitment.evaluation.EvaluationLayouts.Dates;
import io.renloop.recruitment.evaluation.EvaluationLayouts.Rendered;
import io.renloop.recruitment.evaluation.EvaluationPeople.Job;
import io.renloop.recruitment.evaluation.EvaluationPeople.Person;
import io.renloop.recruitment.evaluation.EvaluationPeople.School;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** English resume layouts as people write them, each a method from a person to a document and its labels. */
final class EnglishLayouts {

	private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
			"Nov", "Dec");

	private static final List<String> FULL_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December");

	private static final Dates SHORT = Dates.months(ym -> MONTHS.get(ym.month() - 1) + " " + ym.year(), " – ", "Present");

	private static final Dates LONG = Dates.months(ym -> FULL_MONTHS.get(ym.month() - 1) + " " + ym.year(), " - ", "Present");

	private static final Dates NUMERIC = Dates.months(ym -> "%02d/%d".formatted(ym.month(), ym.year()), " – ", "Present");

	private static final Dates YEARS = Dates.years(" – ", "present");

	private static final Dates YEARS_TIGHT = Dates.years("-", "Present");

	private static final Dates KAGGLE = Dates.months(ym -> MONTHS.get(ym.month() - 1) + " " + ym.year(), " to ", "Present");

	private static final List<String> PLACES = List.of("Seattle, WA", "Austin, TX", "New York, NY", "San Francisco, CA",
			"Boston, MA", "Chicago, IL", "Toronto, ON", "Denver, CO");

	private EnglishLayouts() {
	}

	/** "Title, Company — dates" with • bullets; "Degree in Major, School — years"; certifications one a line. */
	static Rendered titleCommaCompany(Person p, SplittableRandom random) {
		Dates jobs = random.nextBoolean() ? YEARS : SHORT;
		EvaluationDocument doc = new EvaluationDocument().line(p.name().toUpperCase(Locale.ROOT))
			.line(p.email() + " · " + p.phone() + " · " + EvaluationPeople.pick(random, PLACES))
			.blank()
			.line("EXPERIENCE");
		for (Job j : p.jobs()) {
			doc.line(j.title() + ", " + j.organization() + " — " + jobs.range(j.start(), j.end()));
			j.duties().forEach(d -> doc.line("• " + d));
		}
		doc.blank().line("EDUCATION");
		for (School s : p.schools()) {
			doc.line(s.degreeWritten() + " in " + s.major() + ", " + s.name() + " — " + YEARS.range(s.start(), s.end()));
		}
		doc.blank().line("SKILLS").line(String.join(", ", p.skills())).blank().line("CERTIFICATIONS");
		p.certificates().forEach(doc::line);
		return new Rendered(doc, EvaluationLayouts.gold(p, true, YEARS, jobs, true));
	}

	/** "Company | Title | dates" and "School | Degree, Major | dates"; labelled skill lines. */
	static Rendered bars(Person p, SplittableRandom random) {
		Dates dates = random.nextBoolean() ? SHORT : NUMERIC;
		EvaluationDocument doc = new EvaluationDocument().line(p.name()).line(p.phone() + " | " + p.email()).blank()
			.line("Work Experience");
		for (Job j : p.jobs()) {
			doc.line(j.organization() + " | " + j.title() + " | " + dates.range(j.start(), j.end()));
			j.duties().forEach(d -> doc.line("- " + d));
		}
		doc.blank().line("Education");
		for (School s : p.schools()) {
			doc.line(s.name() + " | " + s.degreeWritten() + ", " + s.major() + " | " + dates.range(s.start(), s.end()));
		}
		int half = (p.skills().size() + 1) / 2;
		doc.blank().line("Technical Skills")
			.line("Core: " + String.join(", ", p.skills().subList(0, half)))
			.line("Tools: " + String.join(", ", p.skills().subList(half, p.skills().size())))
			.blank()
			.line("Certifications")
			.line(String.join(" | ", p.certificates()));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, dates, dates, true));
	}

	/** "Title at Company (dates)"; "Degree in Major, School (year)"; a "Skills:" line; certificates with years. */
	static Rendered titleAtCompany(Person p, SplittableRandom random) {
		Dates dates = random.nextBoolean() ? SHORT : LONG;
		EvaluationDocument doc = new EvaluationDocument().line(p.name()).line(p.email()).line(p.phone()).blank()
			.line("Professional Experience");
		for (Job j : p.jobs()) {
			doc.line(j.title() + " at " + j.organization() + " (" + dates.range(j.start(), j.end()) + ")");
			j.duties().forEach(d -> doc.line("  - " + d));
		}
		doc.blank().line("Education");
		for (School s : p.schools()) {
			doc.line(s.degreeWritten() + " in " + s.major() + ", " + s.name() + " (" + s.end().year() + ")");
		}
		doc.blank().line("Skills & Tools").line("Skills: " + String.join(" · ", p.skills())).blank()
			.line("Licenses & Certifications");
		p.certificates().forEach(c -> doc.line(c + " (" + (2014 + random.nextInt(10)) + ")"));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, YEARS, dates, false));
	}

	/** The US classic: company and place over title and dates in columns; degree with the graduation month. */
	static Rendered twoLine(Person p, SplittableRandom random) {
		Dates dates = random.nextBoolean() ? LONG : SHORT;
		EvaluationDocument doc = new EvaluationDocument().line(p.name().toUpperCase(Locale.ROOT))
			.line(EvaluationPeople.pick(random, PLACES) + " | " + p.phone() + " | " + p.email())
			.blank()
			.line("PROFESSIONAL EXPERIENCE");
		for (Job j : p.jobs()) {
			doc.line(j.organization(), EvaluationPeople.pick(random, PLACES)).line(j.title(), dates.range(j.start(), j.end()));
			j.duties().forEach(d -> doc.line("• " + d));
		}
		doc.blank().line("EDUCATION");
		for (School s : p.schools()) {
			doc.line(s.name(), EvaluationPeople.pick(random, PLACES)).line(s.degreeWritten() + ", " + s.major(),
					SHORT.format(s.end()));
		}
		doc.blank().line("SKILLS").line(String.join(" | ", p.skills())).blank().line("CERTIFICATIONS");
		p.certificates().forEach(c -> doc.line(c + ", " + (2014 + random.nextInt(10))));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, SHORT, dates, false));
	}

	/**
	 * The layout of exported job-board resumes: no name, "Education Details" first, "Skill Details" with months of
	 * experience, "Company Details" with "company - …" and "description - …" lines; only the latest position.
	 */
	static Rendered jobBoardExport(Person p, SplittableRandom random) {
		Job job = p.jobs().get(0);
		School s = p.schools().get(p.schools().size() - 1);
		EvaluationDocument doc = new EvaluationDocument().line("Education Details ")
			.line(KAGGLE.range(s.start(), s.end()) + " " + s.degreeWritten() + " " + s.major() + "  " + s.name())
			.line(job.title() + " ")
			.blank()
			.line(job.title() + " - " + job.organization())
			.line("Skill Details ");
		for (String skill : p.skills()) {
			doc.line(skill + "- Exprience - " + (6 + random.nextInt(60)) + " months");
		}
		doc.line("Company Details ").line("company - " + job.organization()).line("description - " + String.join(". ", job.duties()));
		GoldLabels all = EvaluationLayouts.gold(p, false, KAGGLE, KAGGLE, true);
		List<GoldLabels.Education> education = List.of(all.education().get(all.education().size() - 1));
		List<GoldLabels.Experience> experience = List.of(new GoldLabels.Experience(job.organization(), job.title(), null, null));
		return new Rendered(doc, new GoldLabels(null, "en", null, null, null, null, education, experience, p.skills(), List.of()));
	}

	/** A Word template: contact table, employment and education tables with header rows. */
	static Rendered tables(Person p, SplittableRandom random) {
		Dates dates = NUMERIC;
		EvaluationDocument doc = new EvaluationDocument().line(p.name())
			.table(List.of(List.of("Email", p.email(), "Phone", p.phone())))
			.line("Employment History");
		List<List<String>> work = new ArrayList<>();
		work.add(List.of("Dates", "Employer", "Position"));
		p.jobs().forEach(j -> work.add(List.of(dates.range(j.start(), j.end()), j.organization(), j.title())));
		doc.table(work).line("Education");
		List<List<String>> schools = new ArrayList<>();
		schools.add(List.of("Years", "Institution", "Degree", "Major"));
		p.schools().forEach(s -> schools.add(List.of(YEARS_TIGHT.range(s.start(), s.end()), s.name(), s.degreeWritten(), s.major())));
		doc.table(schools).line("Skills").line(String.join(" • ", p.skills())).line("Certifications");
		p.certificates().forEach(doc::line);
		return new Rendered(doc, EvaluationLayouts.gold(p, true, YEARS_TIGHT, dates, true));
	}

	/** Name over a headline title, summary, "Company — Title" over a dates line, core competencies in bars. */
	static Rendered headline(Person p, SplittableRandom random) {
		Dates dates = NUMERIC;
		EvaluationDocument doc = new EvaluationDocument().line(p.name())
			.line(p.jobs().get(0).title())
			.line(p.email() + " | " + p.phone() + " | linkedin.com/in/" + p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))
			.blank()
			.line("SUMMARY")
			.line("Seasoned professional with a record of delivering results in fast-moving teams.")
			.blank()
			.line("PROFESSIONAL EXPERIENCE");
		for (Job j : p.jobs()) {
			doc.line(j.organization() + " — " + j.title()).line(dates.range(j.start(), j.end()));
			j.duties().forEach(d -> doc.line("• " + d));
		}
		doc.blank().line("EDUCATION");
		for (School s : p.schools()) {
			doc.line(s.name()).line(s.degreeWritten() + ", " + s.major() + ", " + s.end().year());
		}
		doc.blank().line("CORE COMPETENCIES").line(String.join(" | ", p.skills())).blank().line("CERTIFICATIONS");
		p.certificates().forEach(c -> doc.line("• " + c + " (" + (2015 + random.nextInt(9)) + ")"));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, YEARS, dates, false));
	}

	/** Plain labelled text: "Name:", "2017-2020: Title, Company", dash lists. */
	static Rendered labelled(Person p, SplittableRandom random) {
		EvaluationDocument doc = new EvaluationDocument().line("Name: " + p.name())
			.line("Phone: " + p.phone())
			.line("Email: " + p.email())
			.blank()
			.line("Work History");
		for (Job j : p.jobs()) {
			doc.line(YEARS_TIGHT.range(j.start(), j.end()) + ": " + j.title() + ", " + j.organization());
		}
		doc.blank().line("Education");
		for (School s : p.schools()) {
			doc.line(YEARS_TIGHT.range(s.start(), s.end()) + ": " + s.degreeWritten() + ", " + s.major() + ", " + s.name());
		}
		doc.blank().line("Skills");
		p.skills().forEach(s -> doc.line("- " + s));
		doc.blank().line("Certificates");
		p.certificates().forEach(c -> doc.line("- " + c));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, YEARS_TIGHT, YEARS_TIGHT, true));
	}
}
