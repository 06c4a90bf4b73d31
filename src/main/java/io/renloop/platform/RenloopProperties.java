package io.renloop.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module: where local state lives, whether demo data is seeded, the key
 * that protects personal data, and login protection.
 *
 * @param dataDir all local state (embedded database, generated keys, uploaded files)
 * @param demo seed demo tenants into an empty database
 * @param piiKey base64 encoded 256-bit AES key for personal data; generated in demo mode when blank
 * @param security login protection
 */
@ConfigurationProperties("renloop")
public record RenloopProperties(@DefaultValue("./data") String dataDir, @DefaultValue("false") boolean demo,
		String piiKey, @DefaultValue Security security) {

	public Path dataDirectory() {
		return Path.of(dataDir);
	}

	/**
	 * @param maxFailedLogins failed logins in a row that lock the account
	 * @param lockoutMinutes how long a locked account stays locked
	 */
	public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15") int lockoutMinutes) {
	}
}
