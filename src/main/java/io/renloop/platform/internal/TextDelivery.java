package io.renloop.platform.internal;

/**
 * What became of one SMS or robot message.
 *
 * @param status the outcome
 * @param error why it failed (with the HTTP status when the service answered), or null
 */
record TextDelivery(Status status, String error) {

	/** The outcomes, as stored in {@code platform.message_delivery.status}. */
	enum Status {
		SENT, NOT_CONFIGURED, FAILED
	}

	static TextDelivery sent() {
		return new TextDelivery(Status.SENT, null);
	}

	static TextDelivery notConfigured(String setting) {
		return new TextDelivery(Status.NOT_CONFIGURED, setting + " is not set");
	}

	static TextDelivery failed(String error) {
		return new TextDelivery(Status.FAILED, error);
	}
}
