package io.renloop.fairness;

/** Gender as the candidate chooses to report it. */
public enum Gender {
	FEMALE, MALE, OTHER, PREFER_NOT_TO_SAY
}
