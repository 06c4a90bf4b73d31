package io.renloop.platform.internal;

import io.renloop.platform.ApiTokenService;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BearerTokenAuthenticator;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.RenloopPrincipal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultApiTokenService implements ApiTokenService {

	static final String PREFIX = "rl_";

	/** How precisely the last use of a token is recorded; at most one write per token and interval. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final ApiTokens tokens;

	private final UserAccounts users;

	private final RenloopUserDetailsService userDetails;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** Tokens other modules issue (OAuth2 client credentials), asked for every token without our prefix. */
	private final ObjectProvider<BearerTokenAuthenticator> otherTokens;

	DefaultApiTokenService(ApiTokens tokens, UserAccounts users, RenloopUserDetailsService userDetails,
			AuditTrail audit, Clock clock, ObjectProvider<BearerTokenAuthenticator> otherTokens) {
		this.tokens = tokens;
		this.users = users;
		this.userDetails = userDetails;
		this.audit = audit;
		this.clock = clock;
		this.otherTokens = otherTokens;
	}

	@Override
	public IssuedToken issue(String name, List<Permission> scopes) {
		CurrentUser me = CurrentUser.require();
		if (me.roles().isEmpty()) {
			// an integration's client-credentials token (no login, no roles) must not mint a person's token
			throw new AccessDeniedException("Only a login can issue personal tokens");
		}
		List<Permission> granted = grantable(me, scopes);
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken saved = tokens.save(new ApiToken(me.tenantId(), me.userId(), name, sha256(token),
				token.substring(0, 8), granted, clock.instant()));
		audit.recordChange("CREATE", "ApiToken", saved.id(), null, Map.of("name", name, "scopes", granted));
		return new IssuedToken(saved.id(), name, token, granted);
	}

	/**
	 * A token never carries more than its issuer holds right now: requested scopes must be among the
	 * caller's permissions, and a caller narrowed by a scoped token passes that narrowing on instead of
	 * minting an unscoped token with the user's full permissions.
	 */
	private static List<Permission> grantable(CurrentUser me, List<Permission> requested) {
		if (requested != null && !requested.isEmpty()) {
			if (!me.permissions().containsAll(requested)) {
				throw new AccessDeniedException("Token scopes beyond the caller's permissions");
			}
			return List.copyOf(EnumSet.copyOf(requested));
		}
		Set<Permission> rolePermissions = EnumSet.noneOf(Permission.class);
		me.roles().forEach(role -> rolePermissions.addAll(role.permissions()));
		if (me.permissions().containsAll(rolePermissions)) {
			return List.of();
		}
		if (me.permissions().isEmpty()) {
			throw new AccessDeniedException("A token without permissions cannot issue tokens");
		}
		return List.copyOf(me.permissions());
	}

	@Override
	@Transactional(readOnly = true)
	public List<TokenView> myTokens() {
		return tokens.findByUserIdOrderByCreatedAtDesc(CurrentUser.require().userId()).stream().map(DefaultApiTokenService::view).toList();
	}

	@Override
	public void revoke(UUID tokenId) {
		ApiToken token = tokens.findByIdAndUserId(tokenId, CurrentUser.require().userId())
			.orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
		token.revoke(clock.instant());
		audit.recordChange("REVOKE", "ApiToken", tokenId, null, Map.of("name", token.name()));
	}

	/**
	 * The principal a personal bearer token stands for, narrowed to the token's scopes, loaded from the database; see
	 * {@link TokenPrincipals}, which keeps it between requests.
	 */
	Optional<Authenticated> authenticate(String bearer) {
		if (bearer == null || !bearer.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(sha256(bearer)).filter(ApiToken::isActive).flatMap(token -> {
			recordUse(token);
			return users.findById(token.userId())
				.filter(account -> account.tenantId().equals(token.tenantId()))
				.map(account -> new Authenticated(token.id(), account.version(),
						userDetails.principalOf(account, token.scopes())));
		}).filter(found -> found.principal().isAccountNonLocked() && found.principal().isEnabled());
	}

	/** The principal of a token another module issued (not a personal one), asked of every such issuer. */
	Optional<RenloopPrincipal> authenticateIssuedElsewhere(String bearer) {
		return otherTokens.orderedStream().flatMap(other -> other.authenticate(bearer).stream()).findFirst();
	}

	/**
	 * @param userVersion the login's row version the principal was built from
	 */
	record Authenticated(UUID tokenId, long userVersion, RenloopPrincipal principal) {
	}

	private void recordUse(ApiToken token) {
		Instant now = clock.instant();
		Instant staleBefore = now.minus(LAST_USED_PRECISION);
		if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(staleBefore)) {
			tokens.recordUse(token.id(), now, staleBefore);
		}
	}

	private static TokenView view(ApiToken t) {
		return new TokenView(t.id(), t.name(), t.tokenPrefix(), t.scopes(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
