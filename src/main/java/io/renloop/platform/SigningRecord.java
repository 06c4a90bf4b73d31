package io.renloop.platform;

import java.time.Instant;
import java.util.Objects;

/**
 * Who signed a document, when, from where and how their identity was checked; goes into the signature's Name,
 * Reason, Location and ContactInfo entries.
 *
 * @param signerName the person who agreed, e.g. the candidate, or the company issuing the document
 * @param signedAt when they confirmed, or when the document was issued
 * @param ipAddress the address their confirmation came from, or null for documents the company issues
 * @param verification how they were verified, e.g. "one-time code by e-mail"
 * @param documentId the business id of the document, e.g. the offer id
 * @param unsignedSha256 SHA-256 (hex) of the document before the signature record page was added
 * @param reason the signature's Reason entry
 */
public record SigningRecord(String signerName, Instant signedAt, String ipAddress, String verification,
		String documentId, String unsignedSha256, String reason) {

	public SigningRecord {
		Objects.requireNonNull(signerName, "signerName");
		Objects.requireNonNull(signedAt, "signedAt");
		Objects.requireNonNull(documentId, "documentId");
	}

	/** A document someone accepted (an offer, a labour contract): the reason says who, when and how verified. */
	public SigningRecord(String signerName, Instant signedAt, String ipAddress, String verification,
			String documentId, String unsignedSha256) {
		this(signerName, signedAt, ipAddress, verification, documentId, unsignedSha256, "Accepted by " + signerName
				+ " at " + signedAt + ", verified by " + verification + "; document " + documentId
				+ ", unsigned SHA-256 " + unsignedSha256);
	}

	/** A document the company issues itself (e.g. a leaving certificate), sealed with its certificate. */
	public static SigningRecord issued(String company, Instant issuedAt, String documentId, String unsignedSha256) {
		return new SigningRecord(company, issuedAt, null, "issued by the company", documentId, unsignedSha256,
				"Issued by " + company + " at " + issuedAt + "; document " + documentId + ", SHA-256 before signing "
						+ unsignedSha256);
	}
}
