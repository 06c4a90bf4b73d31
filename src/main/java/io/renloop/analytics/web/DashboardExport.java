package io.renloop.analytics.web;

import io.renloop.analytics.DashboardRow;
import io.renloop.analytics.DashboardView;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SpreadsheetFiles;
import io.renloop.platform.TextPdf;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A dashboard or its rows as an Excel sheet (through platform SpreadsheetFiles) or a PDF (platform TextPdf), with
 * translated headers; the same figures the page shows.
 */
@Component
class DashboardExport {

	private final TextPdf pdf;

	private final MessageSource messages;

	DashboardExport(TextPdf pdf, MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
	}

	ResponseEntity<byte[]> dashboard(DashboardView view, String format) {
		String title = text("analytics.dashboard." + view.dashboard() + ".title") + " " + view.from() + " – " + view.to();
		if ("pdf".equals(format)) {
			List<String> paragraphs = new ArrayList<>();
			view.warnings().forEach(w -> paragraphs.add("⚠ " + w.text()));
			for (DashboardView.Series series : view.series()) {
				StringBuilder line = new StringBuilder(series.label()).append(": ");
				series.points().forEach(p -> line.append(p.label()).append(" = ").append(value(p.value())).append("; "));
				paragraphs.add(line.toString());
			}
			return file(pdf.render(title, paragraphs), "analytics-" + view.dashboard() + ".pdf",
					MediaType.APPLICATION_PDF_VALUE);
		}
		requireXlsx(format);
		List<List<String>> rows = new ArrayList<>();
		for (DashboardView.Series series : view.series()) {
			series.points().forEach(p -> rows.add(List.of(series.label(), p.x(), Objects.toString(p.label(), ""),
					value(p.value()))));
		}
		return file(SpreadsheetFiles.xlsx(view.dashboard(), List.of(text("analytics.export.series"),
				text("analytics.export.key"), text("analytics.export.label"), text("analytics.export.value")), rows),
				"analytics-" + view.dashboard() + ".xlsx", SpreadsheetFiles.XLSX_MEDIA_TYPE);
	}

	ResponseEntity<byte[]> rows(String dashboard, List<DashboardRow> rows, String format) {
		List<String> header = List.of(text("analytics.rows.employeeNo"), text("analytics.rows.name"),
				text("analytics.rows.department"), text("analytics.rows.position"), text("analytics.rows.detail"));
		List<List<String>> lines = rows.stream()
			.map(r -> List.of(nz(r.employeeNo()), nz(r.name()), nz(r.departmentName()), nz(r.positionName()),
					nz(r.detail())))
			.toList();
		if ("pdf".equals(format)) {
			List<String> paragraphs = new ArrayList<>();
			paragraphs.add(String.join(" | ", header));
			lines.forEach(line -> paragraphs.add(String.join(" | ", line)));
			return file(pdf.render(text("analytics.rows.title"), paragraphs), "analytics-" + dashboard + "-rows.pdf",
					MediaType.APPLICATION_PDF_VALUE);
		}
		requireXlsx(format);
		return file(SpreadsheetFiles.xlsx(dashboard, header, lines), "analytics-" + dashboard + "-rows.xlsx",
				SpreadsheetFiles.XLSX_MEDIA_TYPE);
	}

	private static void requireXlsx(String format) {
		if (!"xlsx".equals(format)) {
			throw InvalidFieldsException.of("format", "analytics.export.format");
		}
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.parseMediaType(type))
			.body(content);
	}

	private static String value(Number value) {
		return value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
