package io.renloop.integration.internal;

import io.renloop.integration.DataExports;
import io.renloop.integration.ExportFile;
import io.renloop.integration.ExportFormat;
import io.renloop.integration.ImportKind;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.SpreadsheetFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Reads outside a transaction of its own, so that a large export holds no session open for long. */
@Service
class DefaultDataExports implements DataExports {

	private final ExportRows rows;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultDataExports(ExportRows rows, AuditTrail audit, Clock clock) {
		this.rows = rows;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public ExportFile export(ImportKind kind, ExportFormat format) {
		CurrentUser user = CurrentUser.require();
		DefaultDataImports.require(user, Permission.DATA_EXPORT);
		DefaultDataImports.require(user, kind == ImportKind.EMPLOYEES ? Permission.EMPLOYEE_READ : Permission.ORG_READ);
		Locale locale = LocaleContextHolder.getLocale();
		List<String> header = ImportLayout.headers(kind, locale);
		List<List<String>> data = rows.of(kind);
		byte[] content = format == ExportFormat.XLSX ? SpreadsheetFiles.xlsx(kind.path(), header, data)
				: SpreadsheetFiles.csv(header, data);
		audit.recordChange("EXPORT", entityType(kind), kind.path(), null,
				Map.of("format", format.extension(), "rows", data.size()));
		String date = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
		return new ExportFile(kind.path() + "-" + date + "." + format.extension(), format.mediaType(), content);
	}

	private static String entityType(ImportKind kind) {
		return switch (kind) {
			case DEPARTMENTS -> "Department";
			case POSITIONS -> "Position";
			case EMPLOYEES -> "Employee";
		};
	}
}
