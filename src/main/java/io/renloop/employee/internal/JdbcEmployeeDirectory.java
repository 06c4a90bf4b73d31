package io.renloop.employee.internal;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.TenantContext;
import java.sql.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plain JDBC with one array parameter: a batch of 10,000 clock events resolves its numbers in one round trip
 * through the (tenant, number) index, without loading entities.
 */
@Service
@Transactional(readOnly = true)
class JdbcEmployeeDirectory implements EmployeeDirectory {

	private final JdbcTemplate jdbc;

	private final PersonalDataCipher cipher;

	JdbcEmployeeDirectory(JdbcTemplate jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public Map<String, UUID> idsByNumber(Collection<String> employeeNos) {
		Map<String, UUID> ids = new HashMap<>();
		if (employeeNos.isEmpty()) {
			return ids;
		}
		String[] numbers = employeeNos.stream().distinct().toArray(String[]::new);
		jdbc.query(con -> {
			var statement = con.prepareStatement(
					"select employee_no, id from employee.employee where tenant_id = ? and employee_no = any(?)");
			statement.setString(1, TenantContext.require());
			statement.setArray(2, con.createArrayOf("varchar", numbers));
			return statement;
		}, rs -> {
			ids.put(rs.getString(1), rs.getObject(2, UUID.class));
		});
		return ids;
	}

	@Override
	public Optional<Employment> employment(UUID employeeId) {
		return jdbc.query("""
				select id, employee_no, name, department_id, hire_date, work_start_date, termination_date
				  from employee.employee where tenant_id = ? and id = ?""", (rs, i) -> new Employment(
						rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
						rs.getObject(5, java.time.LocalDate.class), rs.getObject(6, java.time.LocalDate.class),
						rs.getObject(7, java.time.LocalDate.class)),
				TenantContext.require(), employeeId).stream().findFirst();
	}

	@Override
	public Optional<UUID> managerOf(UUID employeeId) {
		return jdbc.queryForList("select manager_id from employee.employee where tenant_id = ? and id = ?", UUID.class,
				TenantContext.require(), employeeId).stream().filter(java.util.Objects::nonNull).findFirst();
	}

	@Override
	public Optional<UUID> formerEmployeeMatching(String phone, String email) {
		String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
		String mail = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
		if (digits.length() < 5 && mail.isEmpty()) {
			return Optional.empty();
		}
		// the stored phone as digits, without +86 / 0086 before a mobile number (as recruitment normalizes it)
		return jdbc.queryForList("""
				select id from employee.employee
				 where tenant_id = ? and status = 'TERMINATED'
				   and ((? <> '' and lower(trim(email)) = ?)
				     or (length(?) >= 5 and regexp_replace(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'),
				           '^(0086|86)(1[0-9]{10})$', '\\2') = ?))
				 order by termination_date desc nulls last, id limit 1""", UUID.class, TenantContext.require(), mail,
				mail, digits, digits).stream().findFirst();
	}

	@Override
	public List<Entry> employedBetween(java.time.LocalDate from, java.time.LocalDate to) {
		return jdbc.query("""
				select id, employee_no, name, department_id, hire_date, termination_date, position_id from employee.employee
				 where tenant_id = ? and hire_date <= ? and (termination_date is null or termination_date >= ?)
				 order by id""", JdbcEmployeeDirectory::entry, TenantContext.require(), Date.valueOf(to), Date.valueOf(from));
	}

	@Override
	public List<Entry> employedBetween(java.time.LocalDate from, java.time.LocalDate to, Collection<UUID> departmentIds) {
		if (departmentIds.isEmpty()) {
			return List.of();
		}
		UUID[] departments = departmentIds.toArray(UUID[]::new);
		return jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select id, employee_no, name, department_id, hire_date, termination_date, position_id
					from employee.employee where tenant_id = ? and department_id = any(?) and hire_date <= ?
					and (termination_date is null or termination_date >= ?)""");
			statement.setString(1, TenantContext.require());
			statement.setArray(2, con.createArrayOf("uuid", departments));
			statement.setDate(3, Date.valueOf(to));
			statement.setDate(4, Date.valueOf(from));
			return statement;
		}, JdbcEmployeeDirectory::entry);
	}

	private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
				rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
				rs.getObject(7, UUID.class));
	}

	@Override
	public Map<UUID, Contact> contactsOf(Collection<UUID> employeeIds) {
		Map<UUID, Contact> contacts = new HashMap<>();
		if (employeeIds.isEmpty()) {
			return contacts;
		}
		UUID[] ids = employeeIds.stream().distinct().toArray(UUID[]::new);
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select e.id, e.name, e.email, e.status = 'TERMINATED', m.email, e.phone from employee.employee e
					left join employee.employee m on m.id = e.manager_id and m.tenant_id = e.tenant_id
					where e.tenant_id = ? and e.id = any(?)""");
			statement.setString(1, TenantContext.require());
			statement.setArray(2, con.createArrayOf("uuid", ids));
			return statement;
		}, rs -> {
			UUID id = rs.getObject(1, UUID.class);
			contacts.put(id, new Contact(id, rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
					rs.getString(6)));
		});
		return contacts;
	}

	@Override
	public Map<UUID, Integer> birthYearsOf(Collection<UUID> employeeIds) {
		Map<UUID, Integer> years = new HashMap<>();
		if (employeeIds.isEmpty()) {
			return years;
		}
		UUID[] ids = employeeIds.stream().distinct().toArray(UUID[]::new);
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select id, birth_date_enc from employee.employee
					where tenant_id = ? and id = any(?) and birth_date_enc is not null""");
			statement.setString(1, TenantContext.require());
			statement.setArray(2, con.createArrayOf("uuid", ids));
			return statement;
		}, rs -> {
			String date = cipher.decrypt(rs.getBytes(2));
			if (date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)) {
				years.put(rs.getObject(1, UUID.class), Integer.valueOf(date.substring(0, 4)));
			}
		});
		return years;
	}
}
