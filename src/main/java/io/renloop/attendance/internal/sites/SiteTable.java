package io.renloop.attendance.internal.sites;

import io.renloop.attendance.ClockSites.SaveSite;
import io.renloop.attendance.ClockSites.SiteView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Sites and their departments. */
@Component
class SiteTable {

	private final JdbcTemplate jdbc;

	SiteTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String tenantId, SaveSite site, Instant at) {
		jdbc.update("""
				insert into attendance.clock_site (id, tenant_id, name, latitude, longitude, radius_m, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", id, tenantId, site.name(), site.latitude(), site.longitude(),
				site.radiusMeters(), Timestamp.from(at));
		for (UUID department : site.departmentIds() == null ? List.<UUID>of() : site.departmentIds()) {
			jdbc.update("""
					insert into attendance.clock_site_department (tenant_id, department_id, site_id) values (?, ?, ?)
					on conflict (tenant_id, department_id) do update set site_id = excluded.site_id""", tenantId,
					department, id);
		}
	}

	List<SiteView> all(String tenantId) {
		return jdbc.query("""
				select s.*, array(select d.department_id from attendance.clock_site_department d
				                   where d.site_id = s.id and d.tenant_id = s.tenant_id) as departments
				  from attendance.clock_site s where s.tenant_id = ? order by s.name""", (rs, n) -> new SiteView(
				rs.getObject("id", UUID.class), rs.getString("name"), rs.getDouble("latitude"),
				rs.getDouble("longitude"), rs.getInt("radius_m"),
				List.of((UUID[]) rs.getArray("departments").getArray())), tenantId);
	}

	/** The site assigned to one of the departments, the first of the list that has one. */
	Optional<NamedFence> forDepartments(String tenantId, List<UUID> departmentsNearestFirst) {
		for (UUID department : departmentsNearestFirst) {
			Optional<NamedFence> site = jdbc.query("""
					select s.name, s.latitude, s.longitude, s.radius_m from attendance.clock_site s
					  join attendance.clock_site_department d on d.site_id = s.id
					 where d.tenant_id = ? and d.department_id = ?""",
					(rs, n) -> new NamedFence(rs.getString(1),
							new Geofence(rs.getDouble(2), rs.getDouble(3), rs.getInt(4))),
					tenantId, department).stream().findFirst();
			if (site.isPresent()) {
				return site;
			}
		}
		return Optional.empty();
	}

	record NamedFence(String name, Geofence fence) {
	}
}
