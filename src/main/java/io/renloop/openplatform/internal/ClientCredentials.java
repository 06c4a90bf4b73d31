package io.renloop.openplatform.internal;

import io.renloop.openplatform.OAuthTokens;
import io.renloop.platform.BearerTokenAuthenticator;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.Permission;
import io.renloop.platform.RenloopPrincipal;
import io.renloop.platform.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues client-credentials tokens and recognises them on API calls. A token stands for a technical user of the
 * client's tenant: its permissions are the token's scopes (within the client's current ones, so narrowing a client
 * narrows its tokens), its data scope the whole tenant, and the audit log names it {@code client:<clientId>}.
 */
@Component
class ClientCredentials implements OAuthTokens, BearerTokenAuthenticator {

	static final String TOKEN_PREFIX = "rlct_";

	/** How audit records and logs name a client's calls. */
	static final String ACTOR_PREFIX = "client:";

	private final ClientTable clients;

	private final OAuthProperties properties;

	private final Clock clock;

	ClientCredentials(ClientTable clients, OAuthProperties properties, Clock clock) {
		this.clients = clients;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public TokenGrant issue(String clientId, String clientSecret, String scope) {
		ClientTable.Client client = clientId == null ? null : clients.byClientId(clientId)
			.filter(found -> Secrets.matches(clientSecret, found.secretHash()))
			.orElse(null);
		if (client == null) {
			throw new OAuthError(401, "invalid_client", "oauth.token.invalidClient");
		}
		List<Permission> scopes = requested(client, scope);
		String token = Secrets.random(TOKEN_PREFIX, 32);
		Instant now = clock.instant();
		clients.insertToken(client, Secrets.hash(token), scopes, now, now.plus(properties.tokenTtl()));
		return new TokenGrant(token, "Bearer", properties.tokenTtl().toSeconds(),
				scopes.stream().map(Enum::name).collect(Collectors.joining(" ")));
	}

	private static List<Permission> requested(ClientTable.Client client, String scope) {
		if (scope == null || scope.isBlank()) {
			return client.scopes();
		}
		EnumSet<Permission> asked = EnumSet.noneOf(Permission.class);
		for (String name : scope.trim().split("\\s+")) {
			Optional<Permission> permission = Arrays.stream(Permission.values())
				.filter(p -> p.name().equals(name))
				.findFirst();
			if (permission.isEmpty() || !client.scopes().contains(permission.get())) {
				throw new OAuthError(400, "invalid_scope", "oauth.token.invalidScope");
			}
			asked.add(permission.get());
		}
		return List.copyOf(asked);
	}

	@Override
	public Optional<RenloopPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		return clients.holder(Secrets.hash(token), clock.instant()).map(holder -> {
			CurrentUser user = new CurrentUser(holder.clientRef(), holder.tenantId(), ACTOR_PREFIX + holder.clientId(),
					holder.name(), EnumSet.noneOf(Role.class),
					holder.scopes().isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(holder.scopes()),
					DataScope.TENANT, null, null, null);
			return new RenloopPrincipal(user, null, false, true);
		});
	}

	/** Expired tokens are of no use; forgetting them keeps the table small. */
	@Scheduled(cron = "${renloop.oauth.token-cleanup-cron:0 10 * * * *}")
	@SchedulerLock(name = "openplatform.expired-oauth-tokens")
	void forgetExpiredTokens() {
		clients.deleteExpired(clock.instant());
	}
}
