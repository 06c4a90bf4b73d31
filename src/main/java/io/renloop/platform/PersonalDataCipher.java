package io.renloop.platform;

/**
 * Encrypts personal data (ID numbers, bank accounts, birth dates, addresses) at rest with AES-GCM under
 * the key from {@code RENLOOP_PII_KEY}. The plaintext never reaches a table.
 */
public interface PersonalDataCipher {

	/** @return nonce and ciphertext, or null for a null value */
	byte[] encrypt(String plaintext);

	/** @return the plaintext, or null for null */
	String decrypt(byte[] sealed);
}
