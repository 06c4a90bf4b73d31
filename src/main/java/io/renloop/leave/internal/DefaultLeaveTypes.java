package io.renloop.leave.internal;

import io.renloop.leave.DayBasis;
import io.renloop.leave.LeaveTypeView;
import io.renloop.leave.LeaveTypes;
import io.renloop.leave.SaveLeaveType;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultLeaveTypes implements LeaveTypes {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final LeaveTypeRepository types;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	DefaultLeaveTypes(LeaveTypeRepository types, AuditTrail audit, JdbcTemplate jdbc) {
		this.types = types;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LeaveTypeView> list() {
		Map<String, BuiltInTypes.Definition> all = new LinkedHashMap<>();
		BuiltInTypes.ALL.forEach(type -> all.put(type.code(), type));
		tenantDefinitions().forEach(type -> all.put(type.code(), type));
		return all.values().stream().map(DefaultLeaveTypes::view).toList();
	}

	/**
	 * The tenant's own definitions, through plain JDBC: every balance screen lists the types, and a JPA query is
	 * translated anew on each execution while the tenant filter is enabled.
	 */
	private List<BuiltInTypes.Definition> tenantDefinitions() {
		return tenantDefinitions(null);
	}

	/** The tenant's definitions, or the one of the code when a code is given. */
	private List<BuiltInTypes.Definition> tenantDefinitions(String code) {
		return jdbc.query("""
				select code, name_zh, name_en, unit, day_basis, paid, has_balance from leave.leave_type
				 where tenant_id = ? and (?::text is null or code = ?) order by code""",
				(rs, i) -> new BuiltInTypes.Definition(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), DayBasis.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getBoolean(7)),
				TenantContext.require(), code, code);
	}

	@Override
	@Transactional(readOnly = true)
	public LeaveTypeView get(String code) {
		return find(code).map(DefaultLeaveTypes::view).orElseThrow(() -> new NotFoundException("LeaveType", code));
	}

	/** The tenant's definition of the type, the built-in one when the tenant kept it. */
	Optional<BuiltInTypes.Definition> find(String code) {
		return tenantDefinitions(code).stream().findFirst().or(() -> BuiltInTypes.find(code));
	}

	@Override
	public LeaveTypeView save(String code, SaveLeaveType command) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw InvalidFieldsException.of("code", "error.leave.typeCode");
		}
		Optional<BuiltInTypes.Definition> before = find(code);
		LeaveType type = types.findByCode(code).orElseGet(() -> new LeaveType(code));
		type.define(command.nameZh().strip(), command.nameEn().strip(), command.unit(), command.dayBasis(),
				command.paid(), command.hasBalance());
		types.save(type);
		LeaveTypeView after = view(type.definition());
		audit.recordChange(before.isPresent() ? "UPDATE" : "CREATE", "LeaveType", code, before.orElse(null), after);
		return after;
	}

	static LeaveTypeView view(BuiltInTypes.Definition type) {
		boolean chinese = "zh".equals(LocaleContextHolder.getLocale().getLanguage());
		return new LeaveTypeView(type.code(), chinese ? type.nameZh() : type.nameEn(), type.unit(), type.paid(),
				type.hasBalance(), type.dayBasis(), type.nameZh(), type.nameEn());
	}
}
