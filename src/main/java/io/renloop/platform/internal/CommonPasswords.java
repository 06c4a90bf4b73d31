package io.renloop.platform.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The passwords everyone tries first: the 10,000 most common leaked passwords plus a curated addition, in lower
 * case, from {@code platform/common-passwords.txt} (its header names the source and licence).
 */
final class CommonPasswords {

	static final String RESOURCE = "/platform/common-passwords.txt";

	private final Set<String> passwords;

	CommonPasswords(Set<String> passwords) {
		this.passwords = Set.copyOf(passwords);
	}

	static CommonPasswords load() {
		try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			Set<String> passwords = new HashSet<>();
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip());
				}
			}
			return new CommonPasswords(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @param lowerCase a candidate in lower case */
	boolean contains(String lowerCase) {
		return passwords.contains(lowerCase);
	}

	int size() {
		return passwords.size();
	}
}
