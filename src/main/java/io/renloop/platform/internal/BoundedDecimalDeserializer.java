package io.renloop.platform.internal;

import io.renloop.platform.Decimals;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;

/** Decimals of a request body, refused when their exponent is beyond {@link Decimals#MAX_SCALE}. */
class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

	@Override
	public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
		BigDecimal value = super.deserialize(parser, context);
		if (value != null && !Decimals.tractable(value)) {
			throw new RejectedJsonValueException(parser, "validation.numberOutOfRange");
		}
		return value;
	}
}
