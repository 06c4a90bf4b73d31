package io.renloop.training.internal.certificate;

import io.renloop.platform.TenantContext;
import io.renloop.training.Certificates.SaveType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Certificate types and the positions that require them. */
@Component
class TypeStore {

	private final JdbcTemplate jdbc;

	TypeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(String code, SaveType type) {
		String tenant = TenantContext.require();
		jdbc.update("""
				insert into training.certificate_type (id, tenant_id, code, name_zh, name_en, validity_months)
				values (?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
				    validity_months = excluded.validity_months""", UUID.randomUUID(), tenant, code, type.nameZh().strip(),
				type.nameEn().strip(), type.validityMonths());
		jdbc.update("delete from training.certificate_requirement where tenant_id = ? and type_code = ?", tenant, code);
		for (UUID position : type.requiredFor() == null ? List.<UUID>of() : Set.copyOf(type.requiredFor())) {
			jdbc.update("insert into training.certificate_requirement (tenant_id, type_code, position_id) values (?, ?, ?)",
					tenant, code, position);
		}
	}

	List<CertificateType> all() {
		String tenant = TenantContext.require();
		Map<String, List<UUID>> required = new HashMap<>();
		jdbc.query("select type_code, position_id from training.certificate_requirement where tenant_id = ?",
				rs -> {
					required.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
				}, tenant);
		return jdbc.query("""
				select code, name_zh, name_en, validity_months from training.certificate_type where tenant_id = ?
				order by code""", (rs, n) -> new CertificateType(rs.getString("code"), rs.getString("name_zh"),
				rs.getString("name_en"), (Integer) rs.getObject("validity_months"),
				List.copyOf(required.getOrDefault(rs.getString("code"), List.of()))), tenant);
	}

	Optional<CertificateType> find(String code) {
		return all().stream().filter(t -> t.code().equals(code)).findFirst();
	}

	/** The codes of the types each position requires. */
	Map<UUID, List<String>> requirementsByPosition() {
		Map<UUID, List<String>> byPosition = new HashMap<>();
		jdbc.query("select position_id, type_code from training.certificate_requirement where tenant_id = ?",
				rs -> {
					byPosition.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
				}, TenantContext.require());
		return byPosition;
	}
}
