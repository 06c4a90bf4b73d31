package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.internal.matching.ResumeBlocks;
import io.renloop.recruitment.internal.matching.ResumeBlocks.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a resume a query boosts: the current title (the first parsed one, resumes list the newest
 * position first, plus the headline and objective lines of the resume's top), the skills (parsed ones, plus the text of its skills section) and the most recent position (the
 * first dated entry of its work experience, which resumes list newest first).
 * @param titles job titles and headline
 * @param skills skills
 * @param recent the most recent position with its duties
 */
record ResumeParts(String titles, String skills, String recent) {

	/** A headline line is short; longer lines at the top are summaries. */
	private static final int MAX_HEADLINE_CHARS = 60;

	/** Lines of contact details, which name no title. */
	private static final Pattern CONTACT = Pattern.compile("@|\\d{5,}|电话|手机|邮箱|phone|e-?mail|tel[:.]|address|地址|"
			+ "linkedin|github\\.com|http", Pattern.CASE_INSENSITIVE);

	/** A year of a date range opens each entry of a work history. */
	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	static ResumeParts of(TalentProfile profile) {
		// the current title only: a career changer's earlier titles are in the whole text, where they count less
		List<String> titles = new ArrayList<>(profile.titles().stream().limit(1).toList());
		List<String> skills = new ArrayList<>(profile.skills());
		List<String> recent = new ArrayList<>();
		Kind section = Kind.HEADER;
		int datedLines = 0;
		for (String line : profile.text().split("\\R")) {
			String kept = line.strip();
			Kind heading = ResumeBlocks.heading(kept);
			if (heading != null) {
				section = heading;
				continue;
			}
			if (kept.isEmpty()) {
				continue;
			}
			switch (section) {
				case HEADER, SUMMARY -> {
					if (kept.length() <= MAX_HEADLINE_CHARS && !CONTACT.matcher(kept).find()) {
						titles.add(kept);
					}
				}
				case SKILLS -> skills.add(kept);
				case EXPERIENCE -> {
					// the first entry ends where the second dated line opens the next one
					if (YEAR.matcher(kept).find()) {
						datedLines++;
					}
					if (datedLines <= 1) {
						recent.add(kept);
					}
				}
				default -> {
				}
			}
		}
		return new ResumeParts(String.join("\n", titles), String.join("\n", skills), String.join("\n", recent));
	}
}
