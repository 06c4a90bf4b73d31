package io.renloop.recruitment.internal.matching;

/**
 * How one required term was found among a candidate's terms.
 * @param required the term asked for
 * @param matchedBy the candidate's term that met it, or null
 * @param kind how it was met
 * @param credit 1 for an exact or synonym match, less for a semantic one, 0 when missing
 */
public record TermMatch(String required, String matchedBy, Kind kind, double credit) {

	/** How a term was met. */
	public enum Kind {
		EXACT, SYNONYM, SEMANTIC, MISSING
	}

	/** Whether the term was met at all. */
	public boolean met() {
		return kind != Kind.MISSING;
	}
}
