package io.renloop.platform;

import java.security.cert.X509Certificate;

/**
 * The platform's port for sealing PDFs with the tenant's certificate: a PAdES B-B signature
 * ({@code ETSI.CAdES.detached}) added in an incremental update, so that it covers the whole file (ADR 0015, 0032).
 * Offers and labour contracts (onboarding) and the leaving documents (offboarding) are signed through it; the
 * tenant's key and self-signed certificate are made on first use. {@link SignatureVerifier} checks the result.
 */
public interface DocumentSigning {

	/** {@code pdf} signed for {@code tenantId}, the signing record in the signature's entries. */
	byte[] sign(byte[] pdf, String tenantId, SigningRecord record);

	/** The certificate the tenant's documents are signed with (generated when the tenant has none yet). */
	X509Certificate certificate(String tenantId);
}
