package io.renloop.platform;

/**
 * What a work notice is about. Each topic has its title and text in the platform bundle
 * ({@code notice.<topic>.title}, {@code notice.<topic>.text}), rendered in the recipient's language.
 */
public enum NoticeTopic {

	/** An approval task waits for the recipient's decision. */
	APPROVAL_WAITING,
	/** The recipient's leave request was approved, rejected or returned. */
	LEAVE_DECIDED,
	/** The recipient's payslip of a period was published. */
	PAYSLIP_PUBLISHED,
	/** An interview the recipient takes part in was scheduled. */
	INTERVIEW_SCHEDULED,
	/** A course the recipient must finish is due soon. */
	COURSE_DUE,
	/** A certificate of the recipient expires soon. */
	CERTIFICATE_EXPIRING;

	/** The topic in message keys: {@code approval-waiting}. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
