package io.renloop.attendance.internal;

import io.renloop.platform.InvalidFieldsException;
import java.util.List;
import java.util.Locale;

/** The status filter of the attendance request lists. */
public final class Statuses {

	private Statuses() {
	}

	/** The status in upper case, null for none; 400 naming {@code status} when it is not one of the allowed. */
	public static String checked(String status, String... allowed) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String upper = status.strip().toUpperCase(Locale.ROOT);
		if (!List.of(allowed).contains(upper)) {
			throw InvalidFieldsException.of("status", "timeclock.requests.status", String.join(", ", allowed));
		}
		return upper;
	}
}
