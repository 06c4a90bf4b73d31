package io.renloop.training.internal.files;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large training's files may be, and which types each kind of file may have (decided by content).
 *
 * @param maxVideo the largest course video
 * @param maxDocument the largest course PDF or certificate scan
 */
@ConfigurationProperties("renloop.training.files")
public record FileLimits(@DefaultValue("2GB") DataSize maxVideo, @DefaultValue("20MB") DataSize maxDocument) {

	/**
	 * Tika calls a WebM recorded by a browser (MediaRecorder writes a Matroska header it cannot tell from WebM before
	 * the first cluster) application/x-matroska: browsers play it all the same.
	 */
	public static final Set<String> VIDEO_TYPES = Set.of("video/mp4", "video/quicktime", "video/webm",
			"video/x-matroska", "application/x-matroska", "video/x-m4v");

	public static final Set<String> PDF_TYPES = Set.of("application/pdf");

	public static final Set<String> SCAN_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
}
