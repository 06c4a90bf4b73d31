package io.renloop.onboarding.web;

import io.renloop.onboarding.CandidateOfferView;
import io.renloop.onboarding.CandidateOffers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's offer, reached with the token of the link instead of a login. */
@RestController
@RequestMapping("/api/v1/candidate-offers/{token}")
@Tag(name = "Candidate offer", description = "Public, authenticated by the token of the candidate's link: 404 for "
		+ "an unknown token, 410 after the reply-by date, 423 for a link locked by wrong codes")
class CandidateOfferApiController {

	private final CandidateOffers offers;

	CandidateOfferApiController(CandidateOffers offers) {
		this.offers = offers;
	}

	@GetMapping
	@Operation(summary = "The offer and its state")
	CandidateOfferView view(@PathVariable String token) {
		return offers.view(token);
	}

	@GetMapping("/offer.pdf")
	@Operation(summary = "The offer letter: signed once confirmed, else unsigned")
	ResponseEntity<byte[]> pdf(@PathVariable String token) {
		return Pdfs.inline("offer.pdf", offers.pdf(token));
	}

	@PostMapping("/accept")
	@Operation(summary = "Accept: sends a one-time code", description = "By e-mail, and by SMS to a phone; valid "
			+ "10 minutes; accepting again sends a new code")
	CandidateOfferView accept(@PathVariable String token, HttpServletRequest request) {
		return offers.accept(token, ClientAddress.of(request));
	}

	@PostMapping("/confirm")
	@Operation(summary = "Confirm the acceptance with the code: signs the offer", description = "400 for a wrong "
			+ "code with the attempts left, 423 after five, 410 for an expired code, 409 for a used one")
	CandidateOfferView confirm(@PathVariable String token, @RequestBody(required = false) Confirmation body,
			HttpServletRequest request) {
		return offers.confirm(token, body == null ? null : body.code(), ClientAddress.of(request));
	}

	@PostMapping("/decline-code")
	@Operation(summary = "Ask to decline: sends a one-time code", description = "By e-mail, and by SMS to a phone; "
			+ "valid 10 minutes; replaces a code sent to accept; the offer stays open to an answer")
	CandidateOfferView requestDeclineCode(@PathVariable String token, HttpServletRequest request) {
		return offers.requestDeclineCode(token, ClientAddress.of(request));
	}

	@PostMapping("/decline")
	@Operation(summary = "Decline with a reason and the code", description = "409 unless a code to decline was "
			+ "sent; 400 for a missing reason or code, or a wrong code with the attempts left; 423 after five wrong "
			+ "codes, 410 for an expired code")
	CandidateOfferView decline(@PathVariable String token, @RequestBody(required = false) Declination body,
			HttpServletRequest request) {
		return offers.decline(token, body == null ? null : body.reason(), body == null ? null : body.code(),
				ClientAddress.of(request));
	}

	/** The one-time code; checked by the service after the token, so that an unknown link is a 404 first. */
	record Confirmation(String code) {
	}

	/** Why the candidate declines, and the code sent to decline; checked by the service after the token. */
	record Declination(String reason, String code) {
	}
}
