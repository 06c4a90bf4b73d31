package io.renloop.openplatform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The event types a webhook subscription may ask for, by their contract names ({@code employee.hired} …), and the
 * {@code ping} a tenant administrator sends to test a subscription.
 */
public enum WebhookEventType {
	EMPLOYEE_HIRED("employee.hired"), EMPLOYEE_CHANGED("employee.changed"), EMPLOYEE_LEFT("employee.left"),
	LEAVE_APPROVED("leave.approved"), ATTENDANCE_PERIOD_CLOSED("attendance.period.closed"),
	PAYROLL_PUBLISHED("payroll.published"), OFFER_ACCEPTED("offer.accepted"),
	/** Sent only by the test of a subscription; never subscribed to. */
	PING("ping");

	private final String key;

	WebhookEventType(String key) {
		this.key = key;
	}

	/** The name in payloads and subscriptions. */
	public String key() {
		return key;
	}

	public static Optional<WebhookEventType> ofKey(String key) {
		return Arrays.stream(values()).filter(type -> type.key.equals(key)).findFirst();
	}

	/** The names a subscription may list. */
	public static List<String> subscribable() {
		return Arrays.stream(values()).filter(type -> type != PING).map(WebhookEventType::key).toList();
	}
}
