package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.internal.matching.TextEmbeddings;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The talent-pool index under {@code <renloop.data-dir>/talent-index}, opened when first needed. */
@Configuration(proxyBeanMethods = false)
class TalentPoolConfiguration {

	@Bean(destroyMethod = "close")
	@Lazy
	TalentPoolIndex talentPoolIndex(@Value("${renloop.data-dir}") Path dataDirectory, TextEmbeddings embeddings) {
		return TalentPoolIndex.open(dataDirectory.resolve("talent-index"), embeddings, Clock.systemUTC());
	}
}
