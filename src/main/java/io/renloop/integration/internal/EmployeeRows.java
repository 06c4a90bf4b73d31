package io.renloop.integration.internal;

import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.Employees;
import io.renloop.integration.ImportKind;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.shared.PrcResidentId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Hires employees into existing departments and positions; a manager may be an existing employee or a
 * row of the same file, in any order. Masked personal data, as exports show it, is left out.
 */
@Component
class EmployeeRows implements RowImporter {

	private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("employeeNo", "employeeNo"),
			Map.entry("name", "name"), Map.entry("email", "email"), Map.entry("phone", "phone"),
			Map.entry("departmentId", "departmentCode"), Map.entry("positionId", "positionCode"),
			Map.entry("managerId", "managerNo"), Map.entry("hireDate", "hireDate"), Map.entry("status", "status"),
			Map.entry("idNumber", "idNumber"), Map.entry("birthDate", "idNumber"),
			Map.entry("bankAccount", "bankAccount"), Map.entry("address", "address"),
			Map.entry("workStartDate", "workStartDate"));

	private final Employees employees;

	private final EmployeeNumbers numbers;

	private final Organization organization;

	private final RowChecks checks;

	private final Choices choices;

	private final Clock clock;

	EmployeeRows(Employees employees, EmployeeNumbers numbers, Organization organization, RowChecks checks,
			Choices choices, Clock clock) {
		this.employees = employees;
		this.numbers = numbers;
		this.organization = organization;
		this.checks = checks;
		this.choices = choices;
		this.clock = clock;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.EMPLOYEES;
	}

	@Override
	public int importRows(List<ImportRow> rows, RowProgress progress) {
		References references = new References(
				CodeLookup.withFile(numbers.inScope(), rows, row -> row.value("employeeNo")),
				CodeLookup.existing(organization.departments()
					.stream()
					.collect(Collectors.toMap(DepartmentView::code, DepartmentView::id))),
				CodeLookup.existing(organization.positions()
					.stream()
					.collect(Collectors.toMap(PositionView::code, PositionView::id))));
		int saved = 0;
		for (ImportRow row : ParentsFirst.order(rows, r -> r.value("employeeNo"), r -> r.value("managerNo"))) {
			saved += importRow(row, references) ? 1 : 0;
			progress.rowDone(row);
		}
		return saved;
	}

	private boolean importRow(ImportRow row, References references) {
		String number = row.value("employeeNo");
		references.employees().checkNew(row, "employeeNo", number, "error.employee.numberTaken");
		String name = row.required("name");
		UUID departmentId = resolve(row, "departmentCode", references.departments(), "error.import.unknownDepartment");
		UUID positionId = resolve(row, "positionCode", references.positions(), "error.import.unknownPosition");
		UUID managerId = resolve(row, "managerNo", references.employees(), "error.import.unknownManager");
		row.required("hireDate");
		LocalDate hireDate = row.date("hireDate");
		EmployeeStatus status = choices.read(row, "status", EmployeeStatus.class, "employee.status.");
		String idNumber = unmasked(row.value("idNumber"));
		if (idNumber != null) {
			PrcResidentId.problem(idNumber.toUpperCase(Locale.ROOT), LocalDate.now(clock))
				.ifPresent(problem -> row.error("idNumber", problem));
		}
		SaveEmployee command = new SaveEmployee(number, name, row.value("email"), unmasked(row.value("phone")),
				departmentId, positionId, managerId, hireDate, status, List.of(), List.of(), List.of(), idNumber,
				unmasked(row.value("bankAccount")), null, unmasked(row.value("address")), row.date("workStartDate"));
		if (!checks.validate(row, command, COLUMN_OF_FIELD)) {
			return false;
		}
		return checks.save(row, COLUMN_OF_FIELD, () -> employees.hire(command)).map(hired -> {
			references.employees().saved(hired.employeeNo(), hired.id());
			return true;
		}).orElse(false);
	}

	private static UUID resolve(ImportRow row, String column, CodeLookup lookup, String unknownKey) {
		String code = row.value(column);
		return code == null ? null : lookup.resolve(row, column, code, unknownKey);
	}

	/** Exports mask personal data; such a value carries nothing to import. */
	private static String unmasked(String value) {
		return value == null || value.contains("*") ? null : value;
	}

	private record References(CodeLookup employees, CodeLookup departments, CodeLookup positions) {
	}
}
