package io.renloop.recruitment.internal;

import java.util.List;

/**
 * The BMES tag set of the character tagger: {@code O} plus B/M/E/S for each entity type the model knows. Types
 * the parser never reports (nationality, ethnicity) still exist in the model so that their characters are not
 * mistaken for other types.
 */
final class Tags {

	static final List<String> TYPES = List.of("NAME", "CONT", "RACE", "TITLE", "EDU", "ORG", "PRO", "LOC");

	static final int COUNT = 1 + 4 * TYPES.size();

	static final int O = 0;

	private static final String POSITIONS = "BMES";

	private static final boolean[] ALLOWED = new boolean[COUNT * COUNT];

	static {
		for (int p = 0; p < COUNT; p++) {
			for (int n = 0; n < COUNT; n++) {
				ALLOWED[p * COUNT + n] = wellFormed(p, n);
			}
		}
	}

	private Tags() {
	}

	static int tag(char position, int type) {
		return 1 + 4 * type + POSITIONS.indexOf(position);
	}

	static int tag(String label) {
		if ("O".equals(label)) {
			return O;
		}
		int type = TYPES.indexOf(label.substring(2));
		if (type < 0 || label.charAt(1) != '-' || POSITIONS.indexOf(label.charAt(0)) < 0) {
			throw new IllegalArgumentException("Unknown tag " + label);
		}
		return tag(label.charAt(0), type);
	}

	static char position(int tag) {
		return tag == O ? 'O' : POSITIONS.charAt((tag - 1) % 4);
	}

	static int type(int tag) {
		return tag == O ? -1 : (tag - 1) / 4;
	}

	/** Whether {@code next} may follow {@code previous} in a well-formed BMES sequence. */
	static boolean allowed(int previous, int next) {
		return ALLOWED[previous * COUNT + next];
	}

	private static boolean wellFormed(int previous, int next) {
		char p = position(previous);
		char n = position(next);
		boolean open = p == 'B' || p == 'M';
		if (open) {
			return (n == 'M' || n == 'E') && type(previous) == type(next);
		}
		return n == 'O' || n == 'B' || n == 'S';
	}

	static boolean allowedFirst(int tag) {
		char p = position(tag);
		return p == 'O' || p == 'B' || p == 'S';
	}

	static boolean allowedLast(int tag) {
		char p = position(tag);
		return p == 'O' || p == 'E' || p == 'S';
	}
}
