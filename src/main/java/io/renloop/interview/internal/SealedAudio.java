package io.renloop.interview.internal;

import io.renloop.platform.PersonalDataCipher;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Seals recordings and transcripts with the installation's personal-data key (AES-GCM), like resume text. The
 * cipher seals text, so audio is sealed as its Base64 form: a third larger, and no second key to manage.
 */
@Component
class SealedAudio {

	private final PersonalDataCipher cipher;

	SealedAudio(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	byte[] seal(byte[] audio) {
		return cipher.encrypt(Base64.getEncoder().encodeToString(audio));
	}

	byte[] open(byte[] sealed) {
		return Base64.getDecoder().decode(cipher.decrypt(sealed));
	}

	byte[] sealText(String text) {
		return cipher.encrypt(text);
	}

	String openText(byte[] sealed) {
		return cipher.decrypt(sealed);
	}
}
