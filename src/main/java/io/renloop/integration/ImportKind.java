package io.renloop.integration;

import io.renloop.platform.NotFoundException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a file holds: departments, positions or employees. The path segment names it in URLs
 * ({@code /api/v1/imports/employees}).
 */
public enum ImportKind {
	DEPARTMENTS("departments"), POSITIONS("positions"), EMPLOYEES("employees");

	private final String path;

	ImportKind(String path) {
		this.path = path;
	}

	public String path() {
		return path;
	}

	/** @throws NotFoundException for a segment that names no kind of import */
	public static ImportKind fromPath(String segment) {
		return fromPath(segment, "ImportKind");
	}

	/** @throws NotFoundException for a segment that names no kind of export */
	public static ImportKind fromExportPath(String segment) {
		return fromPath(segment, "ExportKind");
	}

	private static ImportKind fromPath(String segment, String notFoundEntity) {
		String wanted = segment == null ? "" : segment.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(kind -> kind.path.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(notFoundEntity, segment));
	}
}
