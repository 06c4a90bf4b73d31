package io.renloop.platform.web;

import io.renloop.platform.ApiTokenService;
import io.renloop.platform.ApiTokenService.IssuedToken;
import io.renloop.platform.ApiTokenService.TokenView;
import io.renloop.platform.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Authentication", description = "Personal access tokens for the API")
class ApiTokenController {

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a token", description = "Authenticate with HTTP Basic (login e-mail and password). "
			+ "Optional scopes narrow the token to some of the user's permissions. The token is shown once.")
	IssuedToken issue(@Valid @RequestBody TokenRequest request) {
		return tokens.issue(request.name(), request.scopes());
	}

	@GetMapping
	@Operation(summary = "List my tokens")
	List<TokenView> list() {
		return tokens.myTokens();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of my tokens")
	void revoke(@PathVariable UUID id) {
		tokens.revoke(id);
	}

	record TokenRequest(@NotBlank @Size(max = 100) String name, List<Permission> scopes) {
	}
}
