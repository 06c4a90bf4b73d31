package io.renloop.training.internal.files;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.RenloopProperties;
import io.renloop.training.Upload;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Keeps files under {@code <renloop.data-dir>/training/<tenant>/<area>/}, named by a random id so that no sender's
 * file name reaches the file system. The upload is copied to a temporary file while its size is counted (so a huge
 * upload stops at the limit, never in memory), then its magic bytes decide its type.
 */
@Component
class FilesystemFileStore implements FileStore {

	private static final int COPY_BUFFER = 64 * 1024;

	private final Path root;

	private final Tika tika = new Tika();

	FilesystemFileStore(RenloopProperties properties) {
		this.root = properties.dataDirectory().resolve("training").toAbsolutePath().normalize();
	}

	@Override
	public StoredFile put(String tenantId, String area, Upload upload, Set<String> allowedTypes, long maxBytes) {
		try {
			Path folder = Files.createDirectories(root.resolve(safe(tenantId)).resolve(safe(area)));
			Path temporary = Files.createTempFile(folder, "upload-", ".part");
			try {
				long size = copyAtMost(upload.content(), temporary, maxBytes);
				if (size == 0) {
					throw new BusinessRuleException(400, "error.training.file.empty");
				}
				String type = detect(temporary);
				if (!allowedTypes.contains(type)) {
					throw new BusinessRuleException(415, "error.training.file.type", type);
				}
				String name = UUID.randomUUID().toString();
				Files.move(temporary, folder.resolve(name));
				return new StoredFile(safe(tenantId) + "/" + safe(area) + "/" + name, type, size);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Resource open(String key) {
		return new FileSystemResource(resolve(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path resolve(String key) {
		Path file = root.resolve(key).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("Key outside the store: " + key);
		}
		return file;
	}

	private static long copyAtMost(InputStream in, Path target, long maxBytes) throws IOException {
		byte[] buffer = new byte[COPY_BUFFER];
		long total = 0;
		try (InputStream source = in; OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = source.read(buffer)) != -1) {
				total += read;
				if (total > maxBytes) {
					throw new BusinessRuleException(413, "error.training.file.tooLarge", maxBytes / (1024 * 1024));
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	private String detect(Path file) throws IOException {
		// the stream alone, without the name: a renamed executable stays an executable
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return tika.detect(in);
		}
	}

	private static String safe(String segment) {
		if (!segment.matches("[A-Za-z0-9_-]{1,64}")) {
			throw new IllegalArgumentException("Unsafe path segment: " + segment);
		}
		return segment;
	}
}
