package io.renloop.payroll.internal.band;

import io.renloop.payroll.internal.band.PayInBand.Dated;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The pay band versions table, and the base versions of the structures they are compared with. */
@Component
class PayBandStore {

	/** A stored band version. */
	record Band(UUID positionId, LocalDate effectiveFrom, BigDecimal minimum, BigDecimal midpoint,
			BigDecimal maximum) {
	}

	private final JdbcTemplate jdbc;

	PayBandStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static final String COLUMNS = "select position_id, effective_from, minimum, midpoint, maximum "
			+ "from payroll.pay_band where tenant_id = ?";

	private static final RowMapper<Band> BAND = (rs, n) -> new Band(rs.getObject(1, UUID.class),
			rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5));

	/** Every version, newest first per position. */
	List<Band> list(String tenantId) {
		return jdbc.query(COLUMNS + " order by position_id, effective_from desc", BAND, tenantId);
	}

	Optional<Band> version(String tenantId, UUID positionId, LocalDate effectiveFrom) {
		return jdbc.query(COLUMNS + " and position_id = ? and effective_from = ?", BAND, tenantId, positionId,
				Date.valueOf(effectiveFrom)).stream().findFirst();
	}

	/** Inserts the version, or replaces the one of the same day. */
	void save(String tenantId, Band band, String by, Instant at) {
		jdbc.update("""
				insert into payroll.pay_band (tenant_id, position_id, effective_from, minimum, midpoint, maximum,
				       updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, position_id, effective_from) do update set minimum = excluded.minimum,
				       midpoint = excluded.midpoint, maximum = excluded.maximum, updated_by = excluded.updated_by,
				       updated_at = excluded.updated_at""", tenantId, band.positionId(),
				Date.valueOf(band.effectiveFrom()), band.minimum(), band.midpoint(), band.maximum(), by,
				Timestamp.from(at));
	}

	/** Each position's midpoint versions. */
	Map<UUID, List<Dated>> midpoints(String tenantId) {
		Map<UUID, List<Dated>> midpoints = new HashMap<>();
		list(tenantId).forEach(b -> midpoints.computeIfAbsent(b.positionId(), p -> new ArrayList<>())
			.add(new Dated(b.effectiveFrom(), b.midpoint())));
		return midpoints;
	}

	/** Each of the employees' base versions of their pay structure (all of them: the day is chosen in Java). */
	Map<UUID, List<Dated>> bases(String tenantId, Collection<UUID> employeeIds) {
		Map<UUID, List<Dated>> bases = new HashMap<>();
		jdbc.query(con -> {
			var statement = con.prepareStatement("select employee_id, effective_from, base from "
					+ "payroll.salary_structure where tenant_id = ? and employee_id = any (?)");
			statement.setString(1, tenantId);
			statement.setArray(2, con.createArrayOf("uuid", employeeIds.toArray()));
			return statement;
		}, rs -> {
			bases.computeIfAbsent(rs.getObject(1, UUID.class), e -> new ArrayList<>())
				.add(new Dated(rs.getDate(2).toLocalDate(), rs.getBigDecimal(3)));
		});
		return bases;
	}
}
