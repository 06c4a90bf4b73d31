package io.renloop.openplatform.web;

import io.renloop.openplatform.OAuthClients;
import io.renloop.openplatform.OAuthClients.ClientView;
import io.renloop.openplatform.OAuthClients.CreatedClient;
import io.renloop.platform.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant administrator's OAuth2 clients for integrations. */
@RestController
@RequestMapping("/api/v1/oauth-clients")
@PreAuthorize("hasAuthority('TENANT_ADMIN_ALL')")
@Tag(name = "OAuth clients", description = "Client credentials for integrations; tokens at POST /oauth2/token "
		+ "(docs/api/quickstart.md)")
class OAuthClientApiController {

	private final OAuthClients clients;

	OAuthClientApiController(OAuthClients clients) {
		this.clients = clients;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a client", description = "Scopes are permission names among the administrator's "
			+ "own (never TENANT_ADMIN_ALL). Answers clientId and clientSecret; the secret is shown this once")
	CreatedClient create(@Valid @RequestBody NewClient request) {
		return clients.create(request.name(), request.scopes());
	}

	@GetMapping
	@Operation(summary = "The tenant's clients, newest first", description = "Never the secret")
	List<ClientView> list() {
		return clients.clients();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a client", description = "Its tokens stop working at once")
	void delete(@PathVariable UUID id) {
		clients.delete(id);
	}

	record NewClient(@NotBlank @Size(max = 100) String name, @NotEmpty @Size(max = 60) List<Permission> scopes) {
	}
}
