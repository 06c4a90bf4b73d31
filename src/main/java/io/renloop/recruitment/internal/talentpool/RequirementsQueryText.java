package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.internal.matching.JobRequirements;
import java.util.ArrayList;
import java.util.List;

/** The free text a requisition is searched by: its description followed by the terms it names. */
final class RequirementsQueryText {

	private RequirementsQueryText() {
	}

	static String of(JobRequirements requirements) {
		List<String> parts = new ArrayList<>();
		parts.add(requirements.description());
		parts.addAll(requirements.requiredSkills());
		parts.addAll(requirements.requiredCertificates());
		requirements.niceToHaves().forEach(term -> parts.add(term.term()));
		return String.join(" ", parts).strip();
	}
}
