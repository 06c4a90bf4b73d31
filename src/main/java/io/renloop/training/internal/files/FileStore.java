package io.renloop.training.internal.files;

import io.renloop.training.Upload;
import java.util.Set;
import org.springframework.core.io.Resource;

/**
 * Where training keeps its files (course videos and PDFs, certificate scans). A file is accepted only when its
 * content — not its name — is one of the allowed types and it fits the size limit; nothing is kept otherwise.
 */
public interface FileStore {

	/**
	 * Streams the upload into the store.
	 * @param area a folder of the tenant's files, e.g. {@code courses}
	 * @param allowedTypes the media types the content may be, as Tika detects them
	 * @param maxBytes the largest accepted size
	 * @throws io.renloop.platform.BusinessRuleException 413 when too large, 415 when of another type, 400 when empty
	 */
	StoredFile put(String tenantId, String area, Upload upload, Set<String> allowedTypes, long maxBytes);

	/** The stored file by the key {@link #put} returned. */
	Resource open(String key);

	void delete(String key);

	/**
	 * @param key opaque, relative to the store
	 * @param contentType the detected media type
	 */
	record StoredFile(String key, String contentType, long size) {
	}
}
