package io.renloop.integration.internal;

import io.renloop.integration.ImportKind;
import io.renloop.organization.DepartmentKind;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.OrganizationCommands.SaveDepartment;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Creates departments; a parent may be an existing unit or a row of the same file, in any order.
 */
@Component
class DepartmentRows implements RowImporter {

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("code", "code", "name", "name", "parentId",
			"parentCode", "kind", "kind");

	private final Organization organization;

	private final RowChecks checks;

	private final Choices choices;

	DepartmentRows(Organization organization, RowChecks checks, Choices choices) {
		this.organization = organization;
		this.checks = checks;
		this.choices = choices;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.DEPARTMENTS;
	}

	@Override
	public int importRows(List<ImportRow> rows, RowProgress progress) {
		Map<String, UUID> existing = organization.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::id));
		CodeLookup departments = CodeLookup.withFile(existing, rows, row -> row.value("code"));
		int saved = 0;
		for (ImportRow row : ParentsFirst.order(rows, r -> r.value("code"), r -> r.value("parentCode"))) {
			saved += importRow(row, departments) ? 1 : 0;
			progress.rowDone(row);
		}
		return saved;
	}

	private boolean importRow(ImportRow row, CodeLookup departments) {
		String code = row.required("code");
		String name = row.required("name");
		departments.checkNew(row, "code", code, "error.department.codeTaken");
		String parentCode = row.value("parentCode");
		UUID parentId = parentCode == null ? null
				: departments.resolve(row, "parentCode", parentCode, "error.import.unknownDepartment");
		DepartmentKind kind = Objects.requireNonNullElse(
				choices.read(row, "kind", DepartmentKind.class, "org.kind."), DepartmentKind.DEPARTMENT);
		SaveDepartment command = new SaveDepartment(parentId, code, name, kind, null, null);
		if (!checks.validate(row, command, COLUMN_OF_FIELD)) {
			return false;
		}
		return checks.save(row, COLUMN_OF_FIELD, () -> organization.createDepartment(command))
			.map(department -> {
				departments.saved(code, department.id());
				return true;
			})
			.orElse(false);
	}
}
