package io.renloop.payroll.internal.structure;

import io.renloop.payroll.PayGroupView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The pay groups table. */
@Component
public class PayGroupStore {

	private final JdbcTemplate jdbc;

	PayGroupStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<PayGroupView> list(String tenantId) {
		return jdbc.query("select * from payroll.pay_group where tenant_id = ? order by code", PayGroupStore::view,
				tenantId);
	}

	public Optional<PayGroupView> byCode(String tenantId, String code) {
		return jdbc.query("select * from payroll.pay_group where tenant_id = ? and code = ?", PayGroupStore::view,
				tenantId, code).stream().findFirst();
	}

	public Optional<PayGroupView> byId(String tenantId, UUID id) {
		return jdbc.query("select * from payroll.pay_group where tenant_id = ? and id = ?", PayGroupStore::view,
				tenantId, id).stream().findFirst();
	}

	void insert(String tenantId, PayGroupView group) {
		jdbc.update("""
				insert into payroll.pay_group (id, tenant_id, code, name, calendar_id, frequency, region_code,
				       bank_template)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", group.id(), tenantId, group.code(), group.name(), group.calendarId(),
				group.frequency(), group.regionCode(), group.bankTemplate());
	}

	void update(String tenantId, PayGroupView group) {
		jdbc.update("""
				update payroll.pay_group set name = ?, calendar_id = ?, region_code = ?, bank_template = ?,
				       version = version + 1
				 where tenant_id = ? and id = ?""", group.name(), group.calendarId(), group.regionCode(),
				group.bankTemplate(), tenantId, group.id());
	}

	private static PayGroupView view(ResultSet rs, int row) throws SQLException {
		return new PayGroupView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getString("region_code"), rs.getObject("calendar_id", UUID.class), rs.getString("frequency"),
				rs.getString("bank_template"));
	}
}
