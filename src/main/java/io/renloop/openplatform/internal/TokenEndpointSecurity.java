package io.renloop.openplatform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The token endpoint authenticates its clients itself (their id and secret are the grant), so its chain lets every
 * request through, statelessly and without CSRF (a machine posts a form, no browser session is involved).
 */
@Configuration(proxyBeanMethods = false)
class TokenEndpointSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain oauthTokenEndpoint(HttpSecurity http) throws Exception {
		return http.securityMatcher("/oauth2/token")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.build();
	}
}
