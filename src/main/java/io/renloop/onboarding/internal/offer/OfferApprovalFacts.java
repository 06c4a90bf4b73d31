package io.renloop.onboarding.internal.offer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What approvers of an offer see beside its title and pay, and what the conditions of an offer chain may test:
 * who, which position in which unit, from when, how long on probation, and the reason of a headcount override if
 * the plan was exceeded.
 */
record OfferApprovalFacts(String candidate, String position, String department, LocalDate startDate,
		int probationMonths, String headcountOverride) {

	static OfferApprovalFacts of(Offer offer, OfferFacts.Names names) {
		return new OfferApprovalFacts(names.candidate(), names.position(), names.department(), offer.startDate(),
				offer.probationMonths(), offer.headcountOverride());
	}

	/** The attributes of the approval request, under the names the chains' conditions use. */
	Map<String, Object> attributes() {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("candidate", candidate);
		attributes.put("position", position);
		attributes.put("department", department);
		attributes.put("startDate", startDate.toString());
		attributes.put("probationMonths", probationMonths);
		if (headcountOverride != null) {
			attributes.put("headcountOverride", headcountOverride);
		}
		return attributes;
	}

	String title() {
		return "Offer · " + candidate + " · " + position;
	}
}
