package io.renloop.platform.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value of a request body that the API refuses, with the message key of the reason; Jackson adds the path of
 * the field, so that the caller gets a field error.
 */
public class RejectedJsonValueException extends MismatchedInputException {

	private final String messageKey;

	RejectedJsonValueException(JsonParser parser, String messageKey) {
		super(parser, messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
