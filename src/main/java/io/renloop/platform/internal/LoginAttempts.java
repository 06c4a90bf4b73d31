package io.renloop.platform.internal;

import io.renloop.platform.RenloopProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after repeated wrong passwords, for form login and HTTP Basic alike.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserAccounts users;

	private final RenloopProperties properties;

	private final Clock clock;

	LoginAttempts(UserAccounts users, RenloopProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = String.valueOf(event.getAuthentication().getName());
		users.findByEmail(email).ifPresent(account -> {
			account.registerFailedLogin(properties.security().maxFailedLogins(), clock.instant(),
					Duration.ofMinutes(properties.security().lockoutMinutes()));
			if (account.isLockedAt(clock.instant())) {
				log.warn("Account {} locked after repeated failed logins", account.email());
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		users.findByEmail(event.getAuthentication().getName()).ifPresent(UserAccount::registerSuccessfulLogin);
	}
}
