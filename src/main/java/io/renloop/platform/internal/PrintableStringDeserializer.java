package io.renloop.platform.internal;

import io.renloop.platform.PrintableText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** Text of a request body, refused when it holds control characters (see {@link PrintableText}). */
class PrintableStringDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		if (PrintableText.hasControlCharacter(value)) {
			throw new RejectedJsonValueException(parser, PrintableText.PROBLEM);
		}
		return value;
	}
}
