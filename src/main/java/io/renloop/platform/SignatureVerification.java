package io.renloop.platform;

import java.security.cert.X509Certificate;
import java.util.Calendar;

/**
 * What {@link SignatureVerifier} found in a PDF.
 *
 * @param signed whether the PDF has a signature at all
 * @param cryptographicallyValid whether the CMS signature verifies over the signed byte ranges
 * @param coversWholeDocument whether the byte ranges span the entire file (nothing appended after signing)
 * @param signingCertificateBound whether the signing-certificate-v2 attribute names the signer's certificate
 * @param certificate the signer's certificate, or null
 * @param subFilter the signature's SubFilter, e.g. {@code ETSI.CAdES.detached}
 * @param problem why it is not valid, or null
 */
public record SignatureVerification(boolean signed, boolean cryptographicallyValid, boolean coversWholeDocument,
		boolean signingCertificateBound, X509Certificate certificate, String subFilter, String name, String reason,
		Calendar signDate, String problem) {

	/** Signed, intact and bound to its certificate. */
	public boolean valid() {
		return signed && cryptographicallyValid && coversWholeDocument && signingCertificateBound;
	}

	/** Not a signed document we can read, and why. */
	public static SignatureVerification invalid(String problem) {
		return new SignatureVerification(false, false, false, false, null, null, null, null, null, problem);
	}
}
