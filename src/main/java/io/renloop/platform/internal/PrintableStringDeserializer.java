package io.renloop.platform.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Text of a request body without control characters other than tab, line feed and carriage return. NUL in
 * particular cannot be stored by PostgreSQL, which used to surface as a misleading conflict.
 */
class PrintableStringDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		if (value != null && hasControlCharacter(value)) {
			throw new RejectedJsonValueException(parser, "validation.controlCharacter");
		}
		return value;
	}

	static boolean hasControlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}
}
