package io.renloop.platform;

import java.nio.file.Path;
import java.time.Duration;
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
	 * Wrong passwords delay the source address they come from, per login, never the login itself.
	 *
	 * @param maxFailedLogins wrong passwords in a row from one source address before that source must wait
	 * @param loginDelay the first wait; each further wrong password from the source doubles it
	 * @param maxLoginDelay the longest wait
	 */
	public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("1m") Duration loginDelay,
			@DefaultValue("15m") Duration maxLoginDelay) {
	}
}
