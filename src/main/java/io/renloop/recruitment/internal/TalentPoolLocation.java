package io.renloop.recruitment.internal;

import io.renloop.platform.RenloopProperties;
import io.renloop.recruitment.internal.matching.TextVectors;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The one talent-pool index of the application, under {@code <renloop.data-dir>/talent-pool}, opened when first
 * needed (the start-up check opens it in the background). Its vectors go through the shared vector cache.
 */
@Configuration(proxyBeanMethods = false)
class TalentPoolLocation {

	static final String DIRECTORY = "talent-pool";

	@Bean(destroyMethod = "close")
	@Lazy
	TalentPoolIndex talentPoolIndex(RenloopProperties properties, TextVectors vectors, Clock clock) {
		return TalentPoolIndex.open(properties.dataDirectory().resolve(DIRECTORY), vectors, clock);
	}
}
