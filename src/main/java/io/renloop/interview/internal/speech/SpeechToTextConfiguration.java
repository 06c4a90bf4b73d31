package io.renloop.interview.internal.speech;

import io.renloop.interview.SpeechToText;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** A speech-to-text service exists only when its address is configured. */
@Configuration(proxyBeanMethods = false)
class SpeechToTextConfiguration {

	@Bean
	@ConditionalOnExpression("'${renloop.speech-to-text.base-url:}'.trim() != ''")
	SpeechToText speechToText(SpeechToTextProperties properties, JsonMapper json) {
		return new OpenAiCompatibleSpeechToText(properties, json);
	}
}
