package io.renloop.workflow.internal;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed language of expressions a tenant may write into an approval process: comparisons and logic over a fixed
 * list of process variables and number literals, e.g. {@code ${amount > 30000 && manager2 != null}}. Nothing else
 * passes — no property or method access (no dots, brackets or calls), no strings, no functions, no lambdas — so a
 * tenant's text can never reach a class, a bean or the engine, whichever attribute the engine evaluates it in.
 */
final class TenantExpressions {

	/** The variables every approval carries (see {@code DefaultApprovalRequests}) and the multi-instance counters. */
	static final Set<String> PROCESS_VARIABLES = Set.of("amount", "requesterUserId", "manager1", "manager2", "manager3",
			"nrOfInstances", "nrOfCompletedInstances", "nrOfActiveInstances", "loopCounter");

	private static final Set<String> KEYWORDS = Set.of("null", "true", "false", "and", "or", "not", "eq", "ne", "lt",
			"gt", "le", "ge", "empty");

	private static final Pattern START = Pattern.compile("[$#]\\{");

	private static final Pattern TOKEN = Pattern
		.compile("\\s+|([A-Za-z_][A-Za-z0-9_]*)|\\d{1,15}(?:\\.\\d{1,4})?|==|!=|>=|<=|&&|\\|\\||[<>!]|(\\()|\\)");

	private TenantExpressions() {
	}

	/** Whether the text holds anything the engine would evaluate ({@code ${…}} or {@code #{…}}). */
	static boolean containsExpression(String text) {
		return text != null && START.matcher(text).find();
	}

	/**
	 * The first expression in the text that is outside the closed language, or empty when every expression in it
	 * (there may be none) passes.
	 *
	 * @param extraVariables variables the process itself declares, e.g. a multi-instance element variable
	 */
	static Optional<String> firstRefused(String text, Set<String> extraVariables) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher start = START.matcher(text);
		int from = 0;
		while (start.find(from)) {
			int end = text.indexOf('}', start.end());
			if (end < 0) {
				return Optional.of(text.substring(start.start()));
			}
			String body = text.substring(start.end(), end);
			if (!allowed(body, extraVariables)) {
				return Optional.of(text.substring(start.start(), end + 1));
			}
			from = end + 1;
		}
		return Optional.empty();
	}

	/** Whether the whole text is exactly one expression of the closed language. */
	static boolean isSingleAllowedExpression(String text, Set<String> extraVariables) {
		String stripped = text == null ? "" : text.strip();
		return stripped.startsWith("${") && stripped.endsWith("}") && stripped.indexOf('}') == stripped.length() - 1
				&& allowed(stripped.substring(2, stripped.length() - 1), extraVariables);
	}

	private static boolean allowed(String body, Set<String> extraVariables) {
		if (body.isBlank()) {
			return false;
		}
		Matcher token = TOKEN.matcher(body);
		int at = 0;
		boolean afterName = false;
		while (at < body.length()) {
			if (!token.find(at) || token.start() != at) {
				return false;
			}
			String name = token.group(1);
			if (name != null && !KEYWORDS.contains(name) && !PROCESS_VARIABLES.contains(name)
					&& !extraVariables.contains(name)) {
				return false;
			}
			if (token.group(2) != null && afterName) {
				return false;
			}
			if (!token.group().isBlank()) {
				afterName = name != null && !KEYWORDS.contains(name);
			}
			at = token.end();
		}
		return true;
	}
}
