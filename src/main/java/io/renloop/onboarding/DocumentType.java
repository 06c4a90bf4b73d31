package io.renloop.onboarding;

/** The kinds of documents a new hire uploads. */
public enum DocumentType {
	ID_CARD, DEGREE, CERTIFICATE, PHOTO, OTHER
}
