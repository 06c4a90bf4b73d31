package io.renloop.recruitment.web;

import io.renloop.recruitment.CompetencyModel.NiceToHaveKind;
import io.renloop.recruitment.EducationLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts an accepted ideal-profile suggestion into the competency-model form. A suggestion arrives as the value of
 * the button pressed: {@code years:5}, {@code education:BACHELOR}, {@code certificate:注册安全工程师} or
 * {@code nice:CERTIFICATE:0.25:特种作业操作证}. Unknown values change nothing.
 */
final class SuggestionAcceptance {

	private SuggestionAcceptance() {
	}

	static void apply(String suggestion, CompetencyModelForm form) {
		String[] parts = suggestion.split(":", 2);
		if (parts.length < 2) {
			return;
		}
		switch (parts[0]) {
			case "years" -> form.setMinYearsExperience(parts[1]);
			case "education" -> form.setMinEducation(EducationLevel.valueOf(parts[1]).name());
			case "certificate" -> form.setRequiredCertificates(withLine(form.getRequiredCertificates(), parts[1]));
			case "nice" -> addNiceToHave(parts[1], form);
			default -> {
			}
		}
	}

	private static void addNiceToHave(String value, CompetencyModelForm form) {
		String[] parts = value.split(":", 3);
		if (parts.length == 3 && form.getNiceToHaves().stream().noneMatch(n -> parts[2].equals(n.getName()))) {
			form.getNiceToHaves().removeIf(CompetencyModelForm.NiceToHaveRow::isBlank);
			form.getNiceToHaves()
				.add(new CompetencyModelForm.NiceToHaveRow(NiceToHaveKind.valueOf(parts[0]).name(), parts[2], parts[1]));
		}
	}

	private static String withLine(String lines, String line) {
		List<String> all = new ArrayList<>(CompetencyModelForm.lines(lines));
		if (!all.contains(line)) {
			all.add(line);
		}
		return String.join("\n", all);
	}
}
