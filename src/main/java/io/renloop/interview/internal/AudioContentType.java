package io.renloop.interview.internal;

import io.renloop.platform.BusinessRuleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Decides from the bytes, not from the name or the declared type, whether an upload is audio. Browsers record
 * audio in WebM, Ogg or MP4 containers, which Tika may name by the container ({@code video/webm},
 * {@code application/x-matroska}, {@code video/mp4}); such a container is accepted when the browser declared
 * audio. The stored type is always an {@code audio/*} type a browser can play.
 */
@Component
class AudioContentType {

	/** Containers that carry a browser's audio recording, with the audio type to play them as. */
	private static final Map<String, String> CONTAINERS = Map.of("video/webm", "audio/webm",
			"application/x-matroska", "audio/webm", "video/x-matroska", "audio/webm", "application/ogg", "audio/ogg",
			"video/ogg", "audio/ogg", "video/mp4", "audio/mp4", "video/quicktime", "audio/mp4");

	/** Audio types sniffed directly that play in browsers as a more common name. */
	private static final Map<String, String> PLAYABLE = Map.of("audio/opus", "audio/ogg", "audio/vorbis", "audio/ogg",
			"audio/x-wav", "audio/wav", "audio/vnd.wave", "audio/wav");

	private static final Set<String> DECLARED_PREFIXES = Set.of("audio/");

	private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

	/**
	 * @return the audio type to store and play the content as
	 * @throws BusinessRuleException 415 when the content is not audio
	 */
	String of(byte[] content, String declaredType) {
		String sniffed = sniff(content);
		if (sniffed.startsWith("audio/")) {
			return PLAYABLE.getOrDefault(sniffed, sniffed);
		}
		String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
		if (CONTAINERS.containsKey(sniffed) && DECLARED_PREFIXES.stream().anyMatch(declared::startsWith)) {
			return CONTAINERS.get(sniffed);
		}
		throw new BusinessRuleException(415, "interview.audio.notAudio", sniffed);
	}

	private String sniff(byte[] content) {
		try (TikaInputStream input = TikaInputStream.get(content)) {
			MediaType type = detector.detect(input, new Metadata());
			return type.getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
