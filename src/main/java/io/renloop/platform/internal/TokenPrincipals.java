package io.renloop.platform.internal;

import io.renloop.platform.RenloopPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The principals of bearer tokens, kept in memory between requests. Loading one takes the token and its login as
 * entities in a transaction of their own and builds the permissions, several times the cost of a list request's
 * own work; a kept principal is confirmed instead by one primary-key lookup without a transaction: the token is
 * not revoked, its login is enabled and unchanged (the login's row version, raised by every change of roles,
 * scope, links, password or language, and its security stamp). So a revocation, a closed login or new rights take effect on the very next
 * request, on every app node, as with page sessions ({@link StaleSessionFilter}). A token's last use is stamped
 * at most once per {@link DefaultApiTokenService#LAST_USED_PRECISION}.
 */
@Component
class TokenPrincipals {

	/** A kept principal is loaded afresh after this long even when unchanged, so that nothing lives forever. */
	static final Duration KEPT_FOR = Duration.ofMinutes(10);

	/** At most this many tokens are kept; beyond it the cache starts over (a few KB each). */
	static final int MAX_KEPT = 10_000;

	private static final String CONFIRM = """
			select u.version, u.security_stamp from platform.api_token t join platform.user_account u on u.id = t.user_id
			 where t.id = ? and t.revoked_at is null and u.enabled and u.tenant_id = t.tenant_id""";

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private final DefaultApiTokenService tokens;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TokenPrincipals(DefaultApiTokenService tokens, JdbcTemplate jdbc, Clock clock) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The principal a bearer token stands for, narrowed to the token's scopes; empty for unknown or revoked ones. */
	Optional<RenloopPrincipal> authenticate(String bearer) {
		if (bearer == null) {
			return Optional.empty();
		}
		if (!bearer.startsWith(DefaultApiTokenService.PREFIX)) {
			return tokens.authenticateIssuedElsewhere(bearer); // checked by their issuer on every request
		}
		String hash = DefaultApiTokenService.sha256(bearer);
		Instant now = clock.instant();
		Kept known = kept.get(hash);
		if (known != null && now.isBefore(known.loadedAt().plus(KEPT_FOR)) && stillValid(known)) {
			return Optional.of(recordUse(hash, known, now).principal());
		}
		kept.remove(hash);
		Optional<DefaultApiTokenService.Authenticated> loaded = tokens.authenticate(bearer);
		loaded.ifPresent(found -> keep(hash, new Kept(found.tokenId(), found.userVersion(), found.principal(), now, now)));
		return loaded.map(DefaultApiTokenService.Authenticated::principal);
	}

	private boolean stillValid(Kept known) {
		List<Boolean> unchanged = jdbc.query(CONFIRM, (rs, i) -> rs.getLong(1) == known.userVersion()
				&& rs.getLong(2) == known.principal().securityStamp(), known.tokenId());
		return !unchanged.isEmpty() && unchanged.get(0);
	}

	private Kept recordUse(String hash, Kept known, Instant now) {
		Instant staleBefore = now.minus(DefaultApiTokenService.LAST_USED_PRECISION);
		if (!known.lastUseRecorded().isBefore(staleBefore)) {
			return known;
		}
		jdbc.update("update platform.api_token set last_used_at = ? where id = ? and (last_used_at is null or "
				+ "last_used_at < ?)", now.atOffset(ZoneOffset.UTC), known.tokenId(), staleBefore.atOffset(ZoneOffset.UTC));
		Kept stamped = new Kept(known.tokenId(), known.userVersion(), known.principal(), known.loadedAt(), now);
		kept.replace(hash, known, stamped);
		return stamped;
	}

	private void keep(String hash, Kept entry) {
		// a token's principal never checks a password; no need to keep the login's hash in memory
		entry.principal().eraseCredentials();
		if (kept.size() >= MAX_KEPT) {
			kept.clear();
		}
		kept.put(hash, entry);
	}

	/**
	 * @param userVersion the login's row version when the principal was built
	 * @param lastUseRecorded when this node last stamped the token's use
	 */
	private record Kept(UUID tokenId, long userVersion, RenloopPrincipal principal, Instant loadedAt,
			Instant lastUseRecorded) {
	}
}
