package io.renloop.platform.internal;

/** Start-up without a personal-data key outside demo mode. */
class MissingPiiKeyException extends IllegalStateException {

	MissingPiiKeyException(String message) {
		super(message);
	}
}
