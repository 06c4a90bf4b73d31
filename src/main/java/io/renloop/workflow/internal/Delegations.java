package io.renloop.workflow.internal;

import io.renloop.workflow.ApprovalInbox.Delegation;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who decides for whom while away, per tenant. */
@Component
class Delegations {

	private final JdbcTemplate jdbc;

	Delegations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Delegation> of(String tenantId, UUID userId) {
		return jdbc.query("""
				select delegate_user_id, from_date, to_date from workflow.delegation where tenant_id = ? and user_id = ?""",
				(rs, i) -> new Delegation(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(),
						rs.getDate(3).toLocalDate()), tenantId, userId).stream().findFirst();
	}

	void save(String tenantId, UUID userId, Delegation delegation) {
		jdbc.update("""
				insert into workflow.delegation (tenant_id, user_id, delegate_user_id, from_date, to_date)
				values (?, ?, ?, ?, ?)
				on conflict (tenant_id, user_id) do update
				set delegate_user_id = excluded.delegate_user_id, from_date = excluded.from_date, to_date = excluded.to_date""",
				tenantId, userId, delegation.delegateUserId(), Date.valueOf(delegation.from()),
				Date.valueOf(delegation.to()));
	}

	/** The delegate who stands in for the user on the day, if any. */
	Optional<UUID> delegateOn(String tenantId, UUID userId, LocalDate day) {
		return of(tenantId, userId).filter(d -> !day.isBefore(d.from()) && !day.isAfter(d.to()))
			.map(Delegation::delegateUserId);
	}
}
