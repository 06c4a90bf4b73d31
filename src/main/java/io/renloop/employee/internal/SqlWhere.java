package io.renloop.employee.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The conditions of a plain SQL query and their arguments, in order; UUID arrays are bound as {@code uuid[]}. */
final class SqlWhere {

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> args = new ArrayList<>();

	SqlWhere and(String condition, Object... values) {
		conditions.add(condition);
		args.addAll(List.of(values));
		return this;
	}

	/** A copy to add further conditions to, this one unchanged. */
	SqlWhere copy() {
		SqlWhere copy = new SqlWhere();
		copy.conditions.addAll(conditions);
		copy.args.addAll(args);
		return copy;
	}

	String sql() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/** The conditions with their arguments as text: which list this is, e.g. to remember its length by. */
	String key() {
		StringBuilder key = new StringBuilder(sql());
		args.forEach(arg -> key.append('|').append(arg instanceof UUID[] ids ? Arrays.toString(ids) : arg));
		return key.toString();
	}

	/** Prepares the statement and binds these arguments, then the extra ones (limit, offset). */
	PreparedStatement prepare(Connection con, String sql, Object... extra) throws SQLException {
		PreparedStatement statement = con.prepareStatement(sql);
		List<Object> all = new ArrayList<>(args);
		all.addAll(List.of(extra));
		for (int i = 0; i < all.size(); i++) {
			Object value = all.get(i);
			statement.setObject(i + 1, value instanceof UUID[] ids ? con.createArrayOf("uuid", ids) : value);
		}
		return statement;
	}
}
