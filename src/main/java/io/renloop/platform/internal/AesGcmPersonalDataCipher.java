package io.renloop.platform.internal;

import io.renloop.platform.PersonalDataCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a fresh 96-bit nonce per value; the stored form is {@code version | nonce | ciphertext+tag}.
 */
@Component
class AesGcmPersonalDataCipher implements PersonalDataCipher {

	private static final byte FORMAT_VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	AesGcmPersonalDataCipher(PiiKeyLoader keyLoader) {
		this.key = keyLoader.load();
	}

	@Override
	public byte[] encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT_VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption of personal data failed", ex);
		}
	}

	@Override
	public String decrypt(byte[] sealed) {
		if (sealed == null) {
			return null;
		}
		if (sealed.length < 1 + NONCE_BYTES || sealed[0] != FORMAT_VERSION) {
			throw new IllegalStateException("Unknown format of encrypted personal data");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
			byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Personal data cannot be decrypted with the configured RENLOOP_PII_KEY", ex);
		}
	}
}
