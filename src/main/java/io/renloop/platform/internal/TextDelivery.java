package io.renloop.platform.internal;

/**
 * What became of one SMS, robot message or work notice delivery.
 *
 * @param status the outcome
 * @param error why it failed (with the HTTP status when the service answered), or null
 */
public record TextDelivery(Status status, String error) {

	/** The outcomes, as stored in {@code platform.message_delivery.status}. */
	public enum Status {
		SENT, NOT_CONFIGURED, FAILED
	}

	public static TextDelivery sent() {
		return new TextDelivery(Status.SENT, null);
	}

	public static TextDelivery notConfigured(String setting) {
		return new TextDelivery(Status.NOT_CONFIGURED, setting + " is not set");
	}

	public static TextDelivery failed(String error) {
		return new TextDelivery(Status.FAILED, error);
	}
}
