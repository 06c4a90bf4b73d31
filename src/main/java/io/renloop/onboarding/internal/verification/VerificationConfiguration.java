package io.renloop.onboarding.internal.verification;

import io.renloop.onboarding.IdentityVerification;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP verification adapter, which answers NOT_CONFIGURED while no service is set up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerificationProperties.class)
class VerificationConfiguration {

	@Bean
	IdentityVerification identityVerification(VerificationProperties properties, JsonMapper json) {
		return new HttpIdentityVerification(properties, json);
	}
}
