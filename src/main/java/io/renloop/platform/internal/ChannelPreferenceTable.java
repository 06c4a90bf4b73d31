package io.renloop.platform.internal;

import io.renloop.platform.MessageChannel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code platform.message_preference}: the channels a login chose, comma-separated; no row for the default. */
@Component
class ChannelPreferenceTable {

	private final JdbcTemplate jdbc;

	ChannelPreferenceTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Set<MessageChannel>> chosen(String tenantId, UUID userId) {
		return jdbc.queryForList("select channels from platform.message_preference where tenant_id = ? and user_id = ?",
				String.class, tenantId, userId).stream().findFirst().map(ChannelPreferenceTable::parse);
	}

	void choose(String tenantId, UUID userId, Set<MessageChannel> channels, Instant now) {
		String joined = channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		jdbc.update("""
				insert into platform.message_preference (tenant_id, user_id, channels, updated_at) values (?, ?, ?, ?)
				on conflict (tenant_id, user_id) do update set channels = excluded.channels,
				    updated_at = excluded.updated_at""", tenantId, userId, joined, Timestamp.from(now));
	}

	private static Set<MessageChannel> parse(String joined) {
		Set<MessageChannel> channels = EnumSet.noneOf(MessageChannel.class);
		Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).map(MessageChannel::valueOf).forEach(channels::add);
		return channels;
	}
}
