package io.renloop.recruitment.internal;

/**
 * 64-bit hashes of feature templates and their values, so that features are looked up without building strings.
 * Collisions among the few hundred thousand features of the model are negligible at 64 bits.
 */
final class FeatureHash {

	private FeatureHash() {
	}

	static long of(int template, long a) {
		return mix(mix(template * 0x9E3779B97F4A7C15L) ^ a);
	}

	static long of(int template, long a, long b) {
		return mix(of(template, a) ^ (b * 0xC2B2AE3D27D4EB4FL));
	}

	static long of(int template, long a, long b, long c) {
		return mix(of(template, a, b) ^ (c * 0x165667B19E3779F9L));
	}

	static long of(int template, CharSequence text) {
		long h = 0xCBF29CE484222325L;
		for (int i = 0; i < text.length(); i++) {
			h = (h ^ text.charAt(i)) * 0x100000001B3L;
		}
		return of(template, h);
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
