package io.renloop.onboarding.web;

import io.renloop.onboarding.MakeOffer;
import io.renloop.onboarding.OfferView;
import io.renloop.onboarding.Offers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Offers as HR makes and follows them. */
@RestController
@Tag(name = "Offers", description = "Offers on applications: headcount check, approval, the candidate's link, the "
		+ "signed PDF")
class OfferApiController {

	private final Offers offers;

	OfferApiController(Offers offers) {
		this.offers = offers;
	}

	@PostMapping("/api/v1/applications/{id}/offers")
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make an offer", description = "The application must be in INTERVIEWS or OFFER (moved to "
			+ "OFFER) without another open offer; 409 when the headcount plan is used up unless overridden (needs "
			+ "HEADCOUNT_OVERRIDE and a reason); starts the offer approval")
	OfferView make(@PathVariable UUID id, @Valid @RequestBody MakeOffer command) {
		return offers.make(id, command);
	}

	@GetMapping("/api/v1/applications/{id}/offers")
	@PreAuthorize("hasAuthority('OFFER_READ')")
	@Operation(summary = "The offers of an application, newest first", description = "Only those within the caller's "
			+ "data scope: the whole tenant, a manager's department subtree, else the offers the caller made")
	List<OfferView> ofApplication(@PathVariable UUID id) {
		return offers.ofApplication(id);
	}

	@GetMapping("/api/v1/offers/{id}")
	@PreAuthorize("hasAuthority('OFFER_READ')")
	@Operation(summary = "One offer with its status and, once approved, the candidate's link", description = "404 "
			+ "outside the caller's data scope; the candidate's link only for holders of OFFER_WRITE")
	OfferView get(@PathVariable UUID id) {
		return offers.get(id);
	}

	@PostMapping("/api/v1/offers/{id}/withdraw")
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	@Operation(summary = "Withdraw an offer", description = "409 once it is signed, declined or otherwise ended")
	OfferView withdraw(@PathVariable UUID id) {
		return offers.withdraw(id);
	}

	@GetMapping("/api/v1/offers/{id}/preview.pdf")
	@PreAuthorize("hasAuthority('OFFER_READ')")
	@Operation(summary = "The offer letter rendered from the tenant's template, unsigned", description = "404 outside "
			+ "the caller's data scope; an audited read")
	ResponseEntity<byte[]> preview(@PathVariable UUID id) {
		return Pdfs.inline("offer-" + id + ".pdf", offers.preview(id));
	}

	@GetMapping("/api/v1/offers/{id}/signed.pdf")
	@PreAuthorize("hasAuthority('OFFER_READ')")
	@Operation(summary = "The signed offer", description = "With its signature record page and the tenant's PAdES "
			+ "signature; 404 until the candidate confirmed the acceptance, or outside the caller's data scope; an audited "
			+ "read")
	ResponseEntity<byte[]> signed(@PathVariable UUID id) {
		return Pdfs.attachment("offer-" + id + "-signed.pdf", offers.signedPdf(id));
	}
}
