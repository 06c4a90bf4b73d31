package io.renloop.training.web;

import io.renloop.training.Catalogue;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A course file as a response: Spring MVC answers a {@code Range} header on a {@link Resource} body with 206 and the
 * requested bytes, streamed from disk, so a video resumes and seeks without downloading it whole.
 */
final class ContentResponses {

	private ContentResponses() {
	}

	static ResponseEntity<Resource> of(Catalogue.StoredContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.header("X-Content-Type-Options", "nosniff")
			.body(content.resource());
	}
}
