package io.renloop.platform.internal;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.ListTable;
import io.renloop.platform.ListTables;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The hidden columns per user and table in {@code platform.list_table_columns}. */
@Component
class JdbcListTables implements ListTables {

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private static final int MAX_COLUMNS = 40;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JdbcListTables(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public ListTable table(String key, String path, List<String> columns, Set<String> sortable, String sort,
			Map<String, String> filters) {
		Set<String> hidden = CurrentUser.find()
			.map(user -> jdbc.query("""
					select hidden_columns from platform.list_table_columns
					 where tenant_id = ? and user_id = ? and table_key = ?""", (rs, i) -> rs.getString(1),
					user.tenantId(), user.userId(), key))
			.filter(found -> !found.isEmpty())
			.map(found -> words(found.get(0)))
			.orElse(Set.of());
		return new ListTable(key, path, columns, sortable, hidden, sort, filters);
	}

	@Override
	public void show(String key, Collection<String> columns, Collection<String> shown) {
		CurrentUser user = CurrentUser.require();
		if (!WORD.matcher(key).matches() || columns.size() > MAX_COLUMNS
				|| !columns.stream().allMatch(column -> WORD.matcher(column).matches())) {
			throw new IllegalArgumentException("Not a table or column name");
		}
		Set<String> hidden = new LinkedHashSet<>(columns);
		hidden.removeAll(shown);
		if (hidden.size() == new LinkedHashSet<>(columns).size()) {
			// a table without any column cannot be read, nor its chooser found again
			hidden.clear();
		}
		jdbc.update("""
				insert into platform.list_table_columns (tenant_id, user_id, table_key, hidden_columns, updated_at)
				values (?, ?, ?, ?, ?)
				on conflict (tenant_id, user_id, table_key)
				do update set hidden_columns = excluded.hidden_columns, updated_at = excluded.updated_at""",
				user.tenantId(), user.userId(), key, String.join(",", hidden), Timestamp.from(clock.instant()));
	}

	private static Set<String> words(String list) {
		return Arrays.stream(list.split(",")).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
	}
}
