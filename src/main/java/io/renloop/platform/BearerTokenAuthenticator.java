package io.renloop.platform;

import java.util.Optional;

/**
 * Bearer tokens that another module issues, such as the open platform's OAuth2 client-credentials tokens. The API's
 * bearer check asks these for every token that is not a personal access token; a token none of them knows is a 401.
 */
public interface BearerTokenAuthenticator {

	/** @return the principal the token stands for, or empty when the token is not one of this kind or not valid */
	Optional<RenloopPrincipal> authenticate(String token);
}
