package io.renloop.fairness;

/** Age band as the candidate chooses to report it. */
public enum AgeBand {
	UNDER_25, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_54, FROM_55, PREFER_NOT_TO_SAY
}
