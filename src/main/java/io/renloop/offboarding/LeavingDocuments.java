package io.renloop.offboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The leaving documents of a case, signed with the tenant's certificate. They exist once the employment has ended
 * (the settlement statement once the settlement is approved too); each is made on its first read and kept unchanged.
 * HR reads them by case; the leaver (and later the alumnus) by the link sent on the last day, valid 90 days and
 * needing no login. Every read is audited.
 */
public interface LeavingDocuments {

	/** HR: the case's documents and the leaver's link. 404 for an unknown case. */
	CaseDocuments ofCase(UUID caseId);

	/** HR: one document as PDF; 404 for an unknown case, 409 while it does not exist yet. */
	byte[] pdf(UUID caseId, LeavingDocumentKind kind);

	/** The leaver, by their link's token: who they are and which documents they may download; 404 when expired. */
	LeaverDocuments forLeaver(String token);

	/** The leaver, by their link's token: one document as PDF; 404 when expired or not there. */
	byte[] pdfForLeaver(String token, LeavingDocumentKind kind);

	/**
	 * @param kind the document
	 * @param available whether it can be downloaded now
	 * @param createdAt when it was made (it is made on its first read), or null
	 * @param sha256 the SHA-256 of the signed PDF once made, or null
	 */
	record DocumentEntry(LeavingDocumentKind kind, String slug, boolean available, Instant createdAt, String sha256) {
	}

	/**
	 * @param link the leaver's link, or null before the last day
	 * @param linkExpiresAt when the link stops working, or null
	 * @param linkValidUntil the last date it works in the tenant's zone, or null
	 */
	record CaseDocuments(UUID caseId, String link, Instant linkExpiresAt, LocalDate linkValidUntil,
			List<DocumentEntry> documents) {
	}

	/**
	 * What the leaver's page shows: their name, the company, the last day, the last day the link works (in the
	 * tenant's zone) and the documents.
	 */
	record LeaverDocuments(String name, String company, LocalDate lastDay, LocalDate validUntil,
			List<DocumentEntry> documents) {
	}
}
