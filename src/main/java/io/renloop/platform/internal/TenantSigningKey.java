package io.renloop.platform.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A tenant's signing key with its certificate. */
record TenantSigningKey(PrivateKey privateKey, X509Certificate certificate) {

	String signatureAlgorithm() {
		return privateKey.getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
	}
}
