package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.platform.BusinessRuleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * Decides from the bytes, never from the name or the declared type, whether an upload is a PDF, JPEG or PNG
 * of at most 10 MB.
 */
@Component
class DocumentContent {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png");

	private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

	/**
	 * @return the detected type
	 * @throws BusinessRuleException 400 when empty, 413 when too large, 415 for any other type
	 */
	String typeOf(byte[] content) {
		if (content == null || content.length == 0) {
			throw new BusinessRuleException(400, "onboarding.document.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new BusinessRuleException(413, "onboarding.document.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		String type = detect(content);
		if (!ALLOWED.contains(type)) {
			throw new BusinessRuleException(415, "onboarding.document.type", type);
		}
		return type;
	}

	private String detect(byte[] content) {
		try (TikaInputStream input = TikaInputStream.get(content)) {
			return detector.detect(input, new Metadata()).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
