package io.renloop.workflow.internal;

import io.renloop.platform.InvalidFieldsException;
import java.util.regex.Pattern;

/** Subject types name chains and processes: lower-case letters, digits and dashes. */
final class SubjectTypes {

	private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private SubjectTypes() {
	}

	static String require(String subjectType) {
		if (subjectType == null || !VALID.matcher(subjectType).matches()) {
			throw InvalidFieldsException.of("subjectType", "workflow.subjectType.invalid");
		}
		return subjectType;
	}
}
