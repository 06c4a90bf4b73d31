package io.renloop.onboarding.internal.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity and education verification service. Off while {@code base-url} is empty: checks are then recorded
 * as NOT_CONFIGURED.
 * @param baseUrl the service's address before {@code /identity} and {@code /education}
 * @param apiKey sent as a bearer token when set
 * @param timeout how long one check may take
 */
@ConfigurationProperties("renloop.verification")
public record VerificationProperties(@DefaultValue("") String baseUrl, @DefaultValue("") String apiKey,
		@DefaultValue("10s") Duration timeout) {

	boolean configured() {
		return !baseUrl.isBlank();
	}
}
