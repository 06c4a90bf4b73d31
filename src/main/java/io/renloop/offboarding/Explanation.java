package io.renloop.offboarding;

import java.util.List;

/**
 * One line of how a settlement figure came about, as a message key of the offboarding bundle with its arguments,
 * so that each reader sees it in their own language.
 */
public record Explanation(String key, List<Object> arguments) {

	public Explanation {
		arguments = List.copyOf(arguments);
	}

	static Explanation of(String key, Object... arguments) {
		return new Explanation(key, List.of(arguments));
	}
}
