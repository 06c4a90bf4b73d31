package io.renloop.interview.internal.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.SpeechToText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Speech-to-text is off until its address is set. */
class SpeechToTextConfigurationTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Json.class, SpeechToTextConfiguration.class);

	@Test
	void withoutABaseUrlThereIsNoService() {
		runner.run(context -> assertThat(context).doesNotHaveBean(SpeechToText.class));
		runner.withPropertyValues("renloop.speech-to-text.base-url= ")
			.run(context -> assertThat(context).doesNotHaveBean(SpeechToText.class));
	}

	@Test
	void aBaseUrlTurnsTheHttpAdapterOn() {
		runner.withPropertyValues("renloop.speech-to-text.base-url=http://127.0.0.1:9000")
			.run(context -> assertThat(context).getBean(SpeechToText.class)
				.isInstanceOf(OpenAiCompatibleSpeechToText.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SpeechToTextProperties.class)
	static class Json {

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().build();
		}
	}
}
