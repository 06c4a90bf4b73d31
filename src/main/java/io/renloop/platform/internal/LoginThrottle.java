package io.renloop.platform.internal;

import io.renloop.platform.RenloopProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords per login and source address, in the database so that every app node sees the same counts. A
 * source that failed too often must wait ({@link LoginDelays}); other sources, and the login's API tokens, are not
 * affected, so a stranger guessing passwords cannot lock anybody out.
 */
@Component
class LoginThrottle {

	/** Failures older than this are forgotten: the next one counts as the first again. */
	private static final Duration MEMORY = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final LoginDelays delays;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, RenloopProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.delays = LoginDelays.of(properties.security());
		this.clock = clock;
	}

	/** Whether the source must still wait before it may try a password for the login again. */
	boolean isDelayed(String email, String source) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists(select 1 from platform.login_throttle t join platform.user_account u on u.id = t.user_id
				where lower(u.email) = lower(?) and t.source = ? and t.delayed_until > ?)""", Boolean.class, email,
				source, now()));
	}

	/** Whether some source must currently wait before it may try a password for the login. */
	boolean isDelayedAnywhere(UUID userId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists(select 1 from platform.login_throttle where user_id = ? and delayed_until > ?)""",
				Boolean.class, userId, now()));
	}

	/** The logins that some source must currently wait for; few at any time. */
	Set<UUID> delayedUsers() {
		return new HashSet<>(jdbc.queryForList(
				"select distinct user_id from platform.login_throttle where delayed_until > ?", UUID.class, now()));
	}

	/**
	 * Counts a wrong password for the login from the source (nothing for an unknown e-mail), and makes the source
	 * wait once it failed too often. The count is an atomic upsert, so that racing nodes count every failure.
	 */
	void failed(String email, String source) {
		Timestamp now = now();
		List<Counted> counted = jdbc.query("""
				insert into platform.login_throttle as t (user_id, source, failures, last_failure_at)
				select u.id, ?, 1, ? from platform.user_account u where lower(u.email) = lower(?)
				on conflict (user_id, source) do update set
				    failures = case when t.last_failure_at < ? then 1 else t.failures + 1 end,
				    last_failure_at = excluded.last_failure_at
				returning user_id, failures""", (rs, i) -> new Counted(rs.getObject(1, UUID.class), rs.getInt(2)),
				source, now, email, Timestamp.from(now.toInstant().minus(MEMORY)));
		for (Counted count : counted) {
			Duration delay = delays.after(count.failures());
			if (!delay.isZero()) {
				jdbc.update("update platform.login_throttle set delayed_until = ? where user_id = ? and source = ?",
						Timestamp.from(now.toInstant().plus(delay)), count.userId(), source);
			}
		}
	}

	private record Counted(UUID userId, int failures) {
	}

	/** The right password from the source: its count starts afresh. */
	void succeeded(UUID userId, String source) {
		jdbc.update("delete from platform.login_throttle where user_id = ? and source = ?", userId, source);
	}

	/** Lifts every delay of the login (an administrator's decision). */
	void clear(UUID userId) {
		jdbc.update("delete from platform.login_throttle where user_id = ?", userId);
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}
}
