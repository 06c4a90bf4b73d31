package io.renloop.recruitment;

import java.util.List;
import java.util.UUID;

/**
 * Every candidate of the current tenant who consented to be kept, searchable by free text (BM25 over the resume
 * text fused with semantic vector search) and recommended for requisitions. Candidates whose retention ended, and
 * candidates of other tenants, are never found.
 */
public interface TalentPool {

	/**
	 * The candidates that fit a free-text query best, most relevant first; audited as a read of personal data.
	 * @throws io.renloop.platform.InvalidFieldsException when the query is blank
	 */
	List<TalentPoolHit> search(String query, int size);

	/**
	 * The candidates of the pool whose name contains the text, ignoring case, newest first: a quick look-up by name
	 * (the desk's search box) that needs no index; audited like a search.
	 */
	List<TalentPoolHit> named(String text, int size);

	/**
	 * Candidates of the pool who have not applied to the requisition, ranked by their match score against it,
	 * best first. Unknown requisitions raise {@code NotFoundException}.
	 */
	List<Recommendation> recommendationsFor(UUID requisitionId, int size);

	/** Starts rebuilding the index from the database in the background; audited. */
	void rebuild();

	/**
	 * A talent-pool search hit.
	 * @param candidateId the candidate
	 * @param name their name
	 * @param headline their latest title and organization, or null when the resume names none
	 * @param skills skills read from their resume
	 * @param certificates certificates read from their resume
	 * @param relevance fused rank score, higher is better; comparable only within one result list
	 */
	record TalentPoolHit(UUID candidateId, String name, String headline, List<String> skills,
			List<String> certificates, double relevance) {
	}

	/**
	 * A candidate of the pool recommended for a requisition.
	 * @param candidateId the candidate
	 * @param candidateName their name
	 * @param headline their latest title and organization, or null
	 * @param score their match score against the requisition, 0–100
	 * @param mustHavesMet whether they meet every must-have
	 * @param relevance their search relevance to the requisition's requirements
	 * @param factors the parts of the score, with evidence in the reader's language
	 */
	record Recommendation(UUID candidateId, String candidateName, String headline, double score,
			boolean mustHavesMet, double relevance, List<ApplicationMatch.Factor> factors) {
	}
}
