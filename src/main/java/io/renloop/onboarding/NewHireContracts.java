package io.renloop.onboarding;

import io.renloop.onboarding.CandidateOffers.ClientInfo;
import io.renloop.onboarding.OnboardingViews.ContractView;

/**
 * The new hire's labour contract, authenticated by the token of their onboarding link alone: generated from the
 * tenant's contract template once the personal information is saved, accepted with a one-time code sent by e-mail
 * and SMS, then sealed with the tenant's PAdES signature, like offers. An unknown token raises a 404 problem.
 */
public interface NewHireContracts {

	/**
	 * The signed contract once signed, else the draft.
	 * @throws io.renloop.platform.BusinessRuleException 409 before the personal information was saved
	 */
	byte[] pdf(String token);

	/**
	 * Sends a new one-time code (valid ten minutes) to the new hire's e-mail address and phone.
	 * @throws io.renloop.platform.BusinessRuleException 409 before the information was saved, once signed or once
	 * the case is submitted; 423 when locked after five wrong codes
	 */
	ContractView accept(String token, ClientInfo client);

	/**
	 * Signs the contract with the code: the signature record page (name, time, IP, verification, SHA-256 of the
	 * unsigned contract) is added and the PDF sealed with the tenant's certificate.
	 * @throws io.renloop.platform.BusinessRuleException 400 for a wrong code (with the attempts left), 409 when no
	 * code waits or it was used, 410 when it expired, 423 after five wrong codes
	 */
	ContractView confirm(String token, String code, ClientInfo client);
}
