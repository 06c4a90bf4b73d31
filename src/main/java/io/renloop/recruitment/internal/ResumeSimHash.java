package io.renloop.recruitment.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A 64-bit SimHash of a resume's text over character trigrams of its normalized form (case, width,
 * whitespace and punctuation ignored). Near-identical texts (the same resume re-exported, with a changed
 * line or a different layout) differ in a few bits; distinct resumes in about half of them.
 */
final class ResumeSimHash {

	/** Resumes within this many differing bits are treated as the same document. */
	static final int NEAR_IDENTICAL_BITS = 3;

	/** Shorter normalized texts carry too little to tell people apart. */
	private static final int MIN_CHARS = 60;

	private static final int SHINGLE = 3;

	private ResumeSimHash() {
	}

	/** The fingerprint, or null for text too short to fingerprint reliably. */
	static Long of(String text) {
		if (text == null) {
			return null;
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]+", "");
		if (normalized.codePointCount(0, normalized.length()) < MIN_CHARS) {
			return null;
		}
		Map<String, Integer> shingles = new HashMap<>();
		int[] codePoints = normalized.codePoints().toArray();
		for (int i = 0; i + SHINGLE <= codePoints.length; i++) {
			shingles.merge(new String(codePoints, i, SHINGLE), 1, Integer::sum);
		}
		int[] votes = new int[64];
		shingles.forEach((shingle, count) -> {
			long hash = fnv1a64(shingle);
			for (int bit = 0; bit < 64; bit++) {
				votes[bit] += ((hash >>> bit) & 1) == 1 ? count : -count;
			}
		});
		long fingerprint = 0;
		for (int bit = 0; bit < 64; bit++) {
			if (votes[bit] > 0) {
				fingerprint |= 1L << bit;
			}
		}
		return fingerprint;
	}

	static int distance(long a, long b) {
		return Long.bitCount(a ^ b);
	}

	private static long fnv1a64(String text) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xff;
			hash *= 0x100000001b3L;
		}
		return hash;
	}
}
