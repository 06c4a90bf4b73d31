package io.renloop.onboarding;

import io.renloop.onboarding.OnboardingViews.DocumentView;
import io.renloop.onboarding.OnboardingViews.NewHireForm;

/**
 * The new hire's side of onboarding, authenticated by the token of their link alone. An unknown token raises a
 * 404 problem; a case that is no longer open refuses changes with 409.
 */
public interface NewHireOnboarding {

	NewHireForm form(String token);

	/**
	 * Saves the new hire's information, all of it or nothing.
	 * @throws io.renloop.platform.InvalidFieldsException one entry per invalid field (ID number, passport, bank card,
	 * phone, e-mail, required parts)
	 */
	NewHireForm savePersonalInfo(String token, PersonalInfo info);

	/**
	 * Stores a document, sealed.
	 * @throws io.renloop.platform.BusinessRuleException 413 above 10 MB, 415 unless the bytes are PDF, JPEG or PNG
	 */
	DocumentView addDocument(String token, DocumentType type, String fileName, byte[] content);

	/**
	 * Sends the form to HR; the identity and education checks run after the commit.
	 * @throws io.renloop.platform.BusinessRuleException 409 before the personal information was saved or before the
	 * labour contract was signed ({@link NewHireContracts})
	 */
	NewHireForm submit(String token);
}
