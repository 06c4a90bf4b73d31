package io.renloop.onboarding;

/**
 * The port to an outside service that checks a new hire's identity and education (e.g. a 学信网 / identity
 * verification provider). Implementations never throw for an unreachable or failing service: they answer
 * UNAVAILABLE, or NOT_CONFIGURED when no service is set up.
 */
public interface IdentityVerification {

	/** Whether the name belongs to the ID number. */
	IdentityOutcome identity(String name, String idNumber);

	/** Whether the person holds the degree from the school. */
	EducationOutcome education(String name, String school, String degree, String certificateNumber);

	enum IdentityOutcome {
		MATCH, MISMATCH, UNAVAILABLE, NOT_CONFIGURED
	}

	enum EducationOutcome {
		VERIFIED, NOT_FOUND, UNAVAILABLE, NOT_CONFIGURED
	}
}
