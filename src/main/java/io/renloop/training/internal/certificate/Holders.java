package io.renloop.training.internal.certificate;

/** A holder's name as a public page may show it: enough to recognise, not enough to collect (张*明). */
final class Holders {

	private Holders() {
	}

	static String masked(String name) {
		if (name == null || name.isBlank()) {
			return "*";
		}
		String n = name.strip();
		if (n.length() <= 2) {
			return n.charAt(0) + "*";
		}
		return n.charAt(0) + "*".repeat(n.length() - 2) + n.charAt(n.length() - 1);
	}
}
