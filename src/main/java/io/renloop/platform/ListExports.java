package io.renloop.platform;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The export of a desk list as it is shown (its filters, order and shown columns) as a CSV download, with the
 * column heads in the user's language; every export is audited. Lists stop at {@link #MAX_ROWS} rows: larger
 * extracts belong to the import and export page.
 */
@Component
public class ListExports {

	/** The most rows one list export holds. */
	public static final int MAX_ROWS = 10_000;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final TenantTime time;

	ListExports(MessageSource messages, AuditTrail audit, TenantTime time) {
		this.messages = messages;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * The rows as {@code <name>-<date>.csv}.
	 *
	 * @param entityType what the rows are, for the audit trail
	 * @param headerKeys the message keys of the column heads
	 */
	public ResponseEntity<byte[]> csv(String name, String entityType, List<String> headerKeys,
			List<? extends List<String>> rows) {
		List<String> header = headerKeys.stream()
			.map(key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale()))
			.toList();
		byte[] content = SpreadsheetFiles.csv(header, rows.subList(0, Math.min(rows.size(), MAX_ROWS)));
		audit.recordChange("EXPORT", entityType, name, null, Map.of("format", "csv", "rows", rows.size()));
		String file = name + "-" + time.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.parseMediaType(SpreadsheetFiles.CSV_MEDIA_TYPE))
			.body(content);
	}
}
