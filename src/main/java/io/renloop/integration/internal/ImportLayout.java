package io.renloop.integration.internal;

import static io.renloop.integration.internal.ImportColumn.optional;
import static io.renloop.integration.internal.ImportColumn.required;

import io.renloop.integration.ImportKind;
import java.util.List;
import java.util.Locale;

/**
 * The columns of each kind of file; templates, imports and exports share them so that an export can be
 * imported again.
 */
final class ImportLayout {

	static final List<ImportColumn> DEPARTMENTS = List.of(required("code", "部门编码"), required("name", "部门名称"),
			optional("parentCode", "上级部门编码"), optional("kind", "类型"));

	static final List<ImportColumn> POSITIONS = List.of(required("code", "岗位编码"), required("name", "岗位名称"),
			optional("jobFamilyCode", "职族编码"), optional("grade", "职级"));

	static final List<ImportColumn> EMPLOYEES = List.of(optional("employeeNo", "工号"), required("name", "姓名"),
			required("departmentCode", "部门编码"), optional("positionCode", "岗位编码"), optional("managerNo", "上级工号"),
			required("hireDate", "入职日期"), optional("status", "状态"), optional("email", "邮箱"),
			optional("phone", "手机"), optional("idNumber", "身份证号"), optional("bankAccount", "银行账号"),
			optional("address", "住址"), optional("workStartDate", "参加工作日期"));

	private ImportLayout() {
	}

	static List<ImportColumn> columns(ImportKind kind) {
		return switch (kind) {
			case DEPARTMENTS -> DEPARTMENTS;
			case POSITIONS -> POSITIONS;
			case EMPLOYEES -> EMPLOYEES;
		};
	}

	static List<String> headers(ImportKind kind, Locale locale) {
		return columns(kind).stream().map(column -> column.header(locale)).toList();
	}
}
