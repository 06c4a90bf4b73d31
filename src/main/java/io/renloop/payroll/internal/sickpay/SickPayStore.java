package io.renloop.payroll.internal.sickpay;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tenants' sick pay tiers ({@code payroll.sick_pay_tier}), the tenant always explicit. */
@Repository
public class SickPayStore {

	private final JdbcTemplate jdbc;

	SickPayStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The tenant's tiers, or {@link SickPayTiers#DEFAULT} when it has set none. */
	public SickPayTiers of(String tenantId) {
		List<SickPayTiers.Tier> tiers = jdbc.query("""
				select from_service_years, share from payroll.sick_pay_tier where tenant_id = ?
				 order by from_service_years""", (rs, n) -> new SickPayTiers.Tier(rs.getInt(1), rs.getBigDecimal(2)),
				tenantId);
		return tiers.isEmpty() ? SickPayTiers.DEFAULT : new SickPayTiers(tiers);
	}

	/** Replaces the tenant's tiers with these. */
	void replace(String tenantId, SickPayTiers tiers, String by, Instant at) {
		jdbc.update("delete from payroll.sick_pay_tier where tenant_id = ?", tenantId);
		for (SickPayTiers.Tier tier : tiers.tiers()) {
			jdbc.update("""
					insert into payroll.sick_pay_tier (tenant_id, from_service_years, share, updated_by, updated_at)
					values (?, ?, ?, ?, ?)""", tenantId, tier.fromServiceYears(), tier.share(), by, Timestamp.from(at));
		}
	}
}
