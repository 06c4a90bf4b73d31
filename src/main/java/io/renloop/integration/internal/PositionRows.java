package io.renloop.integration.internal;

import io.renloop.integration.ImportKind;
import io.renloop.organization.JobFamilyView;
import io.renloop.organization.Organization;
import io.renloop.organization.OrganizationCommands.SavePosition;
import io.renloop.organization.PositionView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Creates positions in existing job families, named by code.
 */
@Component
class PositionRows implements RowImporter {

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("code", "code", "name", "name",
			"jobFamilyId", "jobFamilyCode", "grade", "grade");

	private final Organization organization;

	private final RowChecks checks;

	PositionRows(Organization organization, RowChecks checks) {
		this.organization = organization;
		this.checks = checks;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.POSITIONS;
	}

	@Override
	public int importRows(List<ImportRow> rows, RowProgress progress) {
		CodeLookup positions = CodeLookup.withFile(organization.positions()
			.stream()
			.collect(Collectors.toMap(PositionView::code, PositionView::id)), rows, row -> row.value("code"));
		CodeLookup families = CodeLookup.existing(organization.jobFamilies()
			.stream()
			.collect(Collectors.toMap(JobFamilyView::code, JobFamilyView::id)));
		int saved = 0;
		for (ImportRow row : rows) {
			saved += importRow(row, positions, families) ? 1 : 0;
			progress.rowDone(row);
		}
		return saved;
	}

	private boolean importRow(ImportRow row, CodeLookup positions, CodeLookup families) {
		String code = row.required("code");
		String name = row.required("name");
		positions.checkNew(row, "code", code, "error.position.codeTaken");
		String familyCode = row.value("jobFamilyCode");
		UUID familyId = familyCode == null ? null
				: families.resolve(row, "jobFamilyCode", familyCode, "error.import.unknownJobFamily");
		SavePosition command = new SavePosition(code, name, familyId, row.value("grade"));
		if (!checks.validate(row, command, COLUMN_OF_FIELD)) {
			return false;
		}
		return checks.save(row, COLUMN_OF_FIELD, () -> organization.createPosition(command)).map(position -> {
			positions.saved(code, position.id());
			return true;
		}).orElse(false);
	}
}
