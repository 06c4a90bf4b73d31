package io.renloop.onboarding;

/**
 * The candidate's side of an offer, authenticated by the token of the link instead of a login. An unknown token
 * raises a 404 problem, a link past its reply-by date a 410, a locked link a 423.
 */
public interface CandidateOffers {

	CandidateOfferView view(String token);

	/** The offer letter: the signed PDF once signed, else the unsigned one. */
	byte[] pdf(String token);

	/** Accepts the offer: sends a one-time code (10 minutes, single use) by e-mail, and by SMS to a phone. */
	CandidateOfferView accept(String token, ClientInfo client);

	/**
	 * Confirms the acceptance with the one-time code: the offer PDF gets a signature record page and the tenant's
	 * PAdES signature, and {@link OfferAccepted} is published. A wrong code is a 400 with the attempts left; the
	 * fifth wrong code locks the link (423); an expired code is a 410, a used one a 409.
	 */
	CandidateOfferView confirm(String token, String code, ClientInfo client);

	/**
	 * Asks to decline the offer: sends a one-time code (10 minutes, single use) by e-mail, and by SMS to a phone, as
	 * accepting does. The offer stays open to an answer; a code sent earlier to accept is replaced.
	 */
	CandidateOfferView requestDeclineCode(String token, ClientInfo client);

	/**
	 * Declines the offer with a reason, confirmed with the one-time code of {@link #requestDeclineCode}; its
	 * headcount place is released and the recruiter is told. Without a pending declining code it is a 409; a
	 * missing code a 400; a wrong code a 400 with the attempts left, the fifth locks the link (423); an expired code
	 * is a 410.
	 */
	CandidateOfferView decline(String token, String reason, String code, ClientInfo client);

	/**
	 * Where a candidate's request came from, for the signature record.
	 * @param ip the client address (the first X-Forwarded-For entry when present)
	 * @param userAgent the browser's User-Agent, possibly null
	 */
	record ClientInfo(String ip, String userAgent) {
	}
}
