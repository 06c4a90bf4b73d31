package io.renloop.integration;

import io.renloop.platform.SpreadsheetFiles;
import java.util.Locale;

/** The file formats of exports. */
public enum ExportFormat {
	XLSX("xlsx", SpreadsheetFiles.XLSX_MEDIA_TYPE), CSV("csv", SpreadsheetFiles.CSV_MEDIA_TYPE);

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
