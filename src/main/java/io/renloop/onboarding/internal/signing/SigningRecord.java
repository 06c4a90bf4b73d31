package io.renloop.onboarding.internal.signing;

import java.time.Instant;
import java.util.Objects;

/**
 * Who signed a document, when, from where and how their identity was checked; goes into the signature's Name,
 * Reason, Location and ContactInfo entries.
 *
 * @param signerName the person who agreed, e.g. the candidate
 * @param signedAt when they confirmed
 * @param ipAddress the address their confirmation came from
 * @param verification how they were verified, e.g. "one-time code by e-mail"
 * @param documentId the business id of the document, e.g. the offer id
 * @param unsignedSha256 SHA-256 (hex) of the document before the signature record page was added
 */
public record SigningRecord(String signerName, Instant signedAt, String ipAddress, String verification,
		String documentId, String unsignedSha256) {

	public SigningRecord {
		Objects.requireNonNull(signerName, "signerName");
		Objects.requireNonNull(signedAt, "signedAt");
		Objects.requireNonNull(documentId, "documentId");
	}

	String reason() {
		return "Accepted by " + signerName + " at " + signedAt + ", verified by " + verification + "; document "
				+ documentId + ", unsigned SHA-256 " + unsignedSha256;
	}
}
