package io.renloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message exists in both languages: each English bundle and its zh-CN twin hold the same keys. */
class MessageBundleParityTests {

	static Stream<String> bundles() throws IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
			.map(Resource::getFilename)
			.filter(name -> !name.contains("_"))
			.map(name -> name.substring(0, name.length() - ".properties".length()))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void chineseAndEnglishHoldTheSameKeys(String bundle) throws IOException {
		Set<String> english = keys("i18n/" + bundle + ".properties");
		Set<String> chinese = keys("i18n/" + bundle + "_zh_CN.properties");
		assertThat(difference(english, chinese)).as("%s: keys without a zh-CN text", bundle).isEmpty();
		assertThat(difference(chinese, english)).as("%s: keys without an English text", bundle).isEmpty();
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> missing = new TreeSet<>(a);
		missing.removeAll(b);
		return missing;
	}

	private static Set<String> keys(String path) throws IOException {
		try (InputStream in = MessageBundleParityTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return new TreeSet<>(properties.stringPropertyNames());
		}
	}
}
