package io.renloop.platform.internal;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import java.math.BigDecimal;

/**
 * How request bodies of the API are read: strictly, so that a wrong value is a field error instead of a silent
 * change or a misleading failure further down. A number or boolean is not turned into text, nor a fraction into a
 * whole number; text with control characters (such as NUL, which PostgreSQL cannot store) and decimals with an
 * exponent too large to handle are refused. A missing {@code boolean} or {@code int} reads as false or 0, so that
 * an empty object gets the bean validation's field errors rather than a parse error. Only the API's converter
 * reads this way: the application's own JSON (stored documents) keeps the lenient mapper.
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonInput {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ServerHttpMessageConvertersCustomizer strictJsonRequestBodies(JsonMapper jsonMapper) {
		JsonMapper strict = strict(jsonMapper);
		return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
	}

	static JsonMapper strict(JsonMapper jsonMapper) {
		SimpleModule values = new SimpleModule("renloop-api-values");
		values.addDeserializer(String.class, new PrintableStringDeserializer());
		values.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
		return jsonMapper.rebuild()
			.addModule(values)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.build();
	}
}
