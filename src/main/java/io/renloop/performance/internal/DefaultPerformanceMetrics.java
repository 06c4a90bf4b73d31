package io.renloop.performance.internal;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.performance.MetricBatch;
import io.renloop.performance.MetricImportResult;
import io.renloop.performance.MetricImportResult.RowError;
import io.renloop.performance.PerformanceMetrics;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SheetTable;
import io.renloop.platform.SpreadsheetReader;
import io.renloop.platform.TenantContext;
import io.renloop.platform.UnreadableFileException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPerformanceMetrics implements PerformanceMetrics {

	private static final BigDecimal LIMIT = new BigDecimal("1E15");

	private static final Map<String, String> COLUMNS = Map.of("employeeno", "employeeNo", "工号", "employeeNo",
			"departmentcode", "departmentCode", "部门编码", "departmentCode", "metric", "metric", "指标", "metric", "value",
			"value", "数值", "value", "source", "source", "来源", "source");

	private final MetricStore store;

	private final EmployeeDirectory directory;

	private final Organization organization;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultPerformanceMetrics(MetricStore store, EmployeeDirectory directory, Organization organization,
			MessageSource messages, AuditTrail audit, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.organization = organization;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public MetricImportResult add(MetricBatch batch, boolean dryRun) {
		List<RowError> errors = new ArrayList<>();
		List<MetricStore.NewValue> rows = new ArrayList<>();
		Map<String, UUID> employees = directory.idsByNumber(batch.values()
			.stream()
			.filter(v -> v.employeeNo() != null)
			.map(v -> v.employeeNo().strip())
			.toList());
		Map<String, UUID> departments = organization.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::id, (a, b) -> a));
		for (int i = 0; i < batch.values().size(); i++) {
			MetricBatch.Value value = batch.values().get(i);
			int row = i + 1;
			boolean byEmployee = value.employeeNo() != null && !value.employeeNo().isBlank();
			boolean byDepartment = value.departmentCode() != null && !value.departmentCode().isBlank();
			UUID subject = null;
			if (byEmployee == byDepartment) {
				errors.add(error(row, "employeeNo", "performance.metric.oneSubject"));
			}
			else if (byEmployee && (subject = employees.get(value.employeeNo().strip())) == null) {
				errors.add(error(row, "employeeNo", "performance.metric.unknownEmployee", value.employeeNo()));
			}
			else if (byDepartment && (subject = departments.get(value.departmentCode().strip())) == null) {
				errors.add(error(row, "departmentCode", "performance.metric.unknownDepartment",
						value.departmentCode()));
			}
			if (value.value().abs().compareTo(LIMIT) >= 0 || value.value().scale() > 4) {
				errors.add(error(row, "value", "performance.metric.value"));
			}
			rows.add(new MetricStore.NewValue(subject, byEmployee ? 'E' : 'D', value.metric(), value.value(),
					value.source().strip()));
		}
		if (errors.isEmpty() && !dryRun) {
			store.upsert(TenantContext.require(), batch.period(), rows, clock.instant());
			audit.recordChange("IMPORT", "PerformanceMetrics", batch.period(), null, Map.of("rows", rows.size()));
		}
		return new MetricImportResult(dryRun, rows.size(), errors.isEmpty() && !dryRun ? rows.size() : 0, errors);
	}

	@Override
	@Transactional
	public MetricImportResult addFile(String period, String fileName, byte[] content, boolean dryRun) {
		SheetTable table;
		try {
			table = SpreadsheetReader.read(fileName, content);
		}
		catch (UnreadableFileException ex) {
			throw InvalidFieldsException.of("file", ex.messageKey(), ex.arguments());
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			String column = COLUMNS.get(table.header().get(i).strip().toLowerCase(Locale.ROOT));
			if (column != null) {
				index.putIfAbsent(column, i);
			}
		}
		for (String required : List.of("metric", "value", "source")) {
			if (!index.containsKey(required)) {
				throw InvalidFieldsException.of("file", "performance.metric.missingColumn", required);
			}
		}
		List<MetricBatch.Value> values = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		for (SheetTable.Row row : table.rows()) {
			String number = cell(row, index.get("employeeNo"));
			String department = cell(row, index.get("departmentCode"));
			String metric = cell(row, index.get("metric")).toUpperCase(Locale.ROOT);
			String value = cell(row, index.get("value")).replace(",", "");
			if (!metric.matches("[A-Z][A-Z0-9_]{0,59}")) {
				errors.add(error(row.number(), "metric", "performance.metric.code", metric));
			}
			else if (!value.matches("-?\\d{1,15}(\\.\\d{1,4})?")) {
				errors.add(error(row.number(), "value", "performance.metric.value"));
			}
			else {
				values.add(new MetricBatch.Value(number.isEmpty() ? null : number,
						department.isEmpty() ? null : department, metric, new BigDecimal(value),
						cell(row, index.get("source")).isEmpty() ? fileName : cell(row, index.get("source"))));
			}
		}
		if (values.isEmpty() && errors.isEmpty()) {
			throw InvalidFieldsException.of("file", "error.import.emptyFile");
		}
		if (!errors.isEmpty()) {
			return new MetricImportResult(dryRun, table.rows().size(), 0, errors);
		}
		return add(new MetricBatch(period, values), dryRun);
	}

	private static String cell(SheetTable.Row row, Integer column) {
		return column == null ? "" : row.cell(column).strip();
	}

	private RowError error(int row, String field, String key, Object... arguments) {
		return new RowError(row, field, messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
	}
}
