package io.renloop.platform.internal;

import io.renloop.platform.InvalidFieldsException;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way a password is set, wherever it is set (new users, bootstrap, an administrator's reset): checked
 * against the {@link PasswordPolicy}, then hashed with BCrypt.
 */
@Component
class Passwords {

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	Passwords(PasswordEncoder encoder) {
		this.policy = new PasswordPolicy(CommonPasswords.load());
		this.encoder = encoder;
	}

	/**
	 * @param field the request field that carried the password, named in the problem
	 * @return the BCrypt hash
	 * @throws InvalidFieldsException when the password breaks the policy
	 */
	String hash(String field, String password, String displayName, String email) {
		check(field, password, displayName, email);
		return encoder.encode(password);
	}

	/** @throws InvalidFieldsException when the password breaks the policy */
	void check(String field, String password, String displayName, String email) {
		policy.problem(field, password, displayName, email).ifPresent(problem -> {
			throw new InvalidFieldsException(List.of(problem));
		});
	}
}
