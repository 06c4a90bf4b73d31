package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.PersonalInfo;
import io.renloop.onboarding.PersonalInfo.BankAccount;
import io.renloop.onboarding.PersonalInfo.EmergencyContact;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.shared.Masking;
import java.util.Base64;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Seals personal information and documents with the personal-data cipher, and masks what HR sees. */
@Component
class PersonalInfoSeal {

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	PersonalInfoSeal(PersonalDataCipher cipher, JsonMapper json) {
		this.cipher = cipher;
		this.json = json;
	}

	byte[] seal(PersonalInfo info) {
		return cipher.encrypt(json.writeValueAsString(info));
	}

	PersonalInfo open(byte[] sealed) {
		return sealed == null ? null : json.readValue(cipher.decrypt(sealed), PersonalInfo.class);
	}

	byte[] sealContent(byte[] content) {
		return cipher.encrypt(Base64.getEncoder().encodeToString(content));
	}

	byte[] openContent(byte[] sealed) {
		return Base64.getDecoder().decode(cipher.decrypt(sealed));
	}

	/** The ID number, bank card, birth date and address masked; names and contact details as they are. */
	static PersonalInfo masked(PersonalInfo info) {
		if (info == null) {
			return null;
		}
		BankAccount bank = info.bank() == null ? null
				: new BankAccount(info.bank().bankName(), Masking.bankAccount(info.bank().cardNumber()));
		EmergencyContact contact = info.emergencyContact();
		return new PersonalInfo(info.name(), info.phone(), info.email(), info.idType(),
				info.idNumber() == null ? null : Masking.idNumber(info.idNumber()), null,
				Masking.hidden(info.address()), contact, bank, info.education(), info.workHistory(),
				info.certificates());
	}
}
