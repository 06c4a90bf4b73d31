package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.internal.matching.JobQuery;
import io.renloop.recruitment.internal.matching.JobRequirements;
import java.util.ArrayList;
import java.util.List;

/**
 * The query a requisition searches the pool by: its job description as understood by {@link JobQuery}, with its
 * required skills and certificates and its nice-to-haves as skills.
 */
final class RequirementsQuery {

	private RequirementsQuery() {
	}

	static JobQuery of(JobRequirements requirements) {
		List<String> terms = new ArrayList<>(requirements.requiredSkills());
		terms.addAll(requirements.requiredCertificates());
		requirements.niceToHaves().forEach(term -> terms.add(term.term()));
		return JobQuery.of(requirements.description()).withSkills(terms);
	}
}
