package io.renloop.integration;

import java.util.Locale;

/** The file formats of exports. */
public enum ExportFormat {
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	/** @throws IllegalArgumentException for an unknown format */
	public static ExportFormat fromExtension(String value) {
		return valueOf(value.trim().toUpperCase(Locale.ROOT));
	}
}
