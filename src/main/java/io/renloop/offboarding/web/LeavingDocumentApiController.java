package io.renloop.offboarding.web;

import io.renloop.offboarding.LeavingDocumentKind;
import io.renloop.offboarding.LeavingDocuments;
import io.renloop.offboarding.LeavingDocuments.CaseDocuments;
import io.renloop.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** HR's side of the leaving documents: the list with the leaver's link, and each PDF. */
@RestController
@Tag(name = "Offboarding")
class LeavingDocumentApiController {

	private final LeavingDocuments documents;

	LeavingDocumentApiController(LeavingDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/api/v1/offboarding/cases/{id}/documents")
	@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
	@Operation(summary = "The leaving documents of a case and the leaver's link", description = "Kinds "
			+ "`leaving-certificate` (离职证明, art. 50), `settlement-statement` and `handover-record`; each available "
			+ "once the employment has ended (the statement once the settlement is approved). `link` is the leaver's "
			+ "download page, valid 90 days from the last day (null before). An audited read")
	CaseDocuments list(@PathVariable UUID id) {
		return documents.ofCase(id);
	}

	@GetMapping("/api/v1/offboarding/cases/{id}/documents/{kind}")
	@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
	@Operation(summary = "One leaving document as a signed PDF", description = "Made and signed with the tenant's "
			+ "certificate on its first read, unchanged afterwards; 404 for an unknown kind, 409 before the employment "
			+ "has ended or, for the settlement statement, before the settlement is approved. An audited read")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable String kind) {
		LeavingDocumentKind document = LeavingDocumentKind.ofSlug(kind)
			.orElseThrow(() -> new NotFoundException("LeavingDocument", kind));
		return PdfDownloads.attachment(document.slug() + ".pdf", documents.pdf(id, document));
	}
}
