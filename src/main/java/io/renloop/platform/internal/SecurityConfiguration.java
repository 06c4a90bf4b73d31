package io.renloop.platform.internal;

import io.renloop.platform.Permission;
import io.renloop.platform.internal.sso.SingleSignOnLogin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three doors: HTTP Basic only to mint API tokens, bearer tokens for the API, form login with a session
 * and CSRF for pages. The careers pages of each tenant (/careers/**) are public, and so is a candidate's AI
 * interview (/interview/{token} and /api/v1/candidate-interview/**), which its signed token guards, and a
 * candidate's offer (/offer/{token} and /api/v1/candidate-offers/**), guarded by its random token, and a
 * leaver's documents (GET /leaving-documents/{token} and its PDFs), likewise; every other request needs
 * authentication.
 * <p>
 * Single sign-on (ADR 0039) is public by design: a person who is not signed in yet starts it. Pages sign in with
 * the tenant's own OpenID Connect provider ({@code /oauth2/authorization/{tenant}} and its return to
 * {@code /login/oauth2/code/{tenant}}, handled by Spring Security's filters) or inside WeCom and DingTalk
 * ({@code /sso/**}, guarded by the app's one-time code and our sealed, expiring state). Each ends in the same page
 * session as a password login. A tenant may switch passwords off for everyone but its tenant administrators.
 * <p>
 * Passwords are checked unless their source address must wait after too many wrong ones ({@link LoginThrottle}); a
 * page session ends once its login changes ({@link StaleSessionFilter}); no answer sends a referrer, so that the
 * tokens in candidates' and new hires' links never leak to other sites.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Public pages. {@code /sso/**} starts and ends single sign-on inside WeCom and DingTalk: a stranger must reach
	 * it; the app's one-time code and our sealed state guard it.
	 */
	private static final String[] PUBLIC_PAGES = { "/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
			"/img/**", "/favicon.ico", "/manifest.webmanifest", "/actuator/health", "/actuator/health/**",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/careers/**",
			"/verify/certificates/**", "/sso/**" };

	/** The operators' metrics; health stays public (in PUBLIC_PAGES), every other actuator endpoint is not exposed. */
	private static final String METRICS = "/actuator/prometheus";

	/** The candidate's side of an AI interview: authenticated by the signed token in the path, not by a login. */
	private static final String CANDIDATE_API = "/api/v1/candidate-interview/**";

	/** The candidate's interview page; a token has two base64url parts joined by a dot, unlike HR's page names. */
	private static final String CANDIDATE_PAGE = "/interview/{token:[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+}";

	/** A new hire's onboarding: the API and the phone page, guarded by the random token of their link. */
	private static final String NEW_HIRE_API = "/api/v1/onboarding/**";

	private static final String NEW_HIRE_PAGE = "/onboarding/{token:[A-Za-z0-9_-]{43}}";

	/** A candidate's offer, API and phone page: authenticated by the random token of the link. */
	private static final String CANDIDATE_OFFER_API = "/api/v1/candidate-offers/**";

	private static final String CANDIDATE_OFFER_PAGE = "/offer/{token:[A-Za-z0-9_-]{43}}";

	/** A leaver's documents for 90 days after the last day, when their login is gone: the random token guards them. */
	private static final String LEAVER_DOCUMENTS_PAGE = "/leaving-documents/{token:[A-Za-z0-9_-]{43}}";

	private static final String LEAVER_DOCUMENT = LEAVER_DOCUMENTS_PAGE + "/{kind:[a-z-]+}.pdf";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationProvider authenticationProvider(RenloopUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, PasswordSignInPolicy policy) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationProvider(passwords, throttle, policy);
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenIssuing(HttpSecurity http, TokenPrincipals tokens, ProblemResponses problems)
			throws Exception {
		return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/auth/tokens"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfiguration::noReferrer)
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401,
					"error.unauthorized.title",
					ex instanceof PasswordsOffException ? "error.unauthorized.passwordsOff" : "error.unauthorized.basic")))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.accessDeniedHandler(
					(req, res, e) -> problems.write(req, res, 403, "error.forbidden.title", "error.forbidden.detail")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, TokenPrincipals tokens, ProblemResponses problems)
			throws Exception {
		return http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfiguration::noReferrer)
			.authorizeHttpRequests(auth -> auth.requestMatchers(CANDIDATE_API, NEW_HIRE_API, CANDIDATE_OFFER_API).permitAll().anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(ex -> problemsForStrangersAndForbidden(ex, problems))
			.build();
	}

	/**
	 * Prometheus scrapes with a bearer token of a login holding {@code METRICS_READ}; a platform administrator may
	 * also look with their page session. Unlike pages, a stranger gets a 401 problem rather than the login page.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain metrics(HttpSecurity http, TokenPrincipals tokens, ProblemResponses problems,
			UserAccounts users) throws Exception {
		return http.securityMatcher(METRICS)
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::noReferrer)
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(Permission.METRICS_READ.name()))
			.addFilterBefore(new StaleSessionFilter(users), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(ex -> problemsForStrangersAndForbidden(ex, problems))
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pages(HttpSecurity http, UserAccounts users, SingleSignOnLogin singleSignOn) throws Exception {
		return http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, CANDIDATE_PAGE))
			.permitAll()
			.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, NEW_HIRE_PAGE))
			.permitAll()
			.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, CANDIDATE_OFFER_PAGE))
			.permitAll()
			.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, LEAVER_DOCUMENTS_PAGE))
			.permitAll()
			.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, LEAVER_DOCUMENT))
			.permitAll()
			.anyRequest()
			.authenticated())
			// one answer for every failure: whether a login exists, is disabled or its guesser must wait stays unsaid
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
						+ (ex instanceof PasswordsOffException ? "/login?error=passwords-off" : "/login?error=bad"))))
			.oauth2Login(singleSignOn::configure)
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterBefore(new StaleSessionFilter(users), AnonymousAuthenticationFilter.class)
			.headers(headers -> noReferrer(headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'"))))
			.build();
	}

	/** 401 and 403 as problem details, never the login page: for machines. */
	private static void problemsForStrangersAndForbidden(ExceptionHandlingConfigurer<HttpSecurity> ex,
			ProblemResponses problems) {
		ex.authenticationEntryPoint(
				(req, res, e) -> problems.write(req, res, 401, "error.unauthorized.title", "error.unauthorized.detail"))
			.accessDeniedHandler(
					(req, res, e) -> problems.write(req, res, 403, "error.forbidden.title", "error.forbidden.detail"));
	}

	private static HeadersConfigurer<HttpSecurity> noReferrer(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
	}
}
