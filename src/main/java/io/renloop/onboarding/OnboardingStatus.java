package io.renloop.onboarding;

/**
 * Where an onboarding case stands: OPEN while the new hire fills in the form, SUBMITTED when they sent it,
 * COMPLETED when HR created the employee record, CANCELLED when the hire did not happen.
 */
public enum OnboardingStatus {
	OPEN, SUBMITTED, COMPLETED, CANCELLED
}
