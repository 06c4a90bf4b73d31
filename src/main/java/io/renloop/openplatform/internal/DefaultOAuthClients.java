package io.renloop.openplatform.internal;

import io.renloop.openplatform.OAuthClients;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant administrator's OAuth2 clients. A client's permissions are some of the administrator's own and never
 * {@code TENANT_ADMIN_ALL}: keeping clients, webhooks and users stays with a person.
 */
@Service
@Transactional
class DefaultOAuthClients implements OAuthClients {

	private final ClientTable clients;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultOAuthClients(ClientTable clients, AuditTrail audit, Clock clock) {
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public CreatedClient create(String name, List<Permission> scopes) {
		CurrentUser me = CurrentUser.require();
		if (scopes == null || scopes.isEmpty() || scopes.contains(null) || scopes.contains(Permission.TENANT_ADMIN_ALL)
				|| !me.permissions().containsAll(scopes)) {
			throw InvalidFieldsException.of("scopes", "oauth.client.scopes");
		}
		List<Permission> granted = List.copyOf(EnumSet.copyOf(scopes));
		UUID id = UUID.randomUUID();
		String clientId = Secrets.random("rlci_", 12);
		String secret = Secrets.random("rlcs_", 32);
		clients.insert(id, me.tenantId(), clientId, name.strip(), Secrets.hash(secret), granted, me.email(),
				clock.instant());
		audit.recordChange("CREATE", "OAuthClient", id, null,
				Map.of("clientId", clientId, "name", name.strip(), "scopes", granted));
		return new CreatedClient(id, clientId, secret, name.strip(), granted);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClientView> clients() {
		return clients.list(CurrentUser.require().tenantId());
	}

	@Override
	public void delete(UUID id) {
		String tenant = CurrentUser.require().tenantId();
		ClientView gone = clients.find(tenant, id).orElseThrow(() -> new NotFoundException("OAuthClient", id));
		clients.delete(tenant, id);
		audit.recordChange("DELETE", "OAuthClient", id, Map.of("clientId", gone.clientId(), "name", gone.name(),
				"scopes", gone.scopes()), null);
	}
}
