package io.renloop.payroll.internal.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes payslip lines as the JSON that Jackson reads back into {@link PayLine}s (the components in order, nulls left
 * out, amounts as plain decimals). Written by hand because a payroll run writes a million lines and the general
 * serializer costs about as much as calculating them.
 */
final class PayLinesJson {

	private PayLinesJson() {
	}

	static String write(List<PayLine> lines) {
		StringBuilder json = new StringBuilder(lines.size() * 160).append('[');
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			line(json, lines.get(i));
		}
		return json.append(']').toString();
	}

	private static void line(StringBuilder json, PayLine line) {
		json.append('{');
		boolean first = string(json, true, "code", line.code());
		first = string(json, first, "kind", line.kind());
		if (line.amount() != null) {
			name(json, first, "amount").append(line.amount().toPlainString());
			first = false;
		}
		first = string(json, first, "nameZh", line.nameZh());
		first = string(json, first, "nameEn", line.nameEn());
		first = string(json, first, "key", line.key());
		if (line.args() != null) {
			name(json, first, "args").append('[');
			for (int i = 0; i < line.args().size(); i++) {
				if (i > 0) {
					json.append(',');
				}
				quoted(json, line.args().get(i));
			}
			json.append(']');
			first = false;
		}
		first = string(json, first, "formula", line.formula());
		if (line.values() != null) {
			name(json, first, "values").append('{');
			boolean firstValue = true;
			for (Map.Entry<String, BigDecimal> value : line.values().entrySet()) {
				name(json, firstValue, value.getKey());
				json.append(value.getValue() == null ? "null" : value.getValue().toPlainString());
				firstValue = false;
			}
			json.append('}');
		}
		json.append('}');
	}

	private static boolean string(StringBuilder json, boolean first, String name, String value) {
		if (value == null) {
			return first;
		}
		quoted(name(json, first, name), value);
		return false;
	}

	private static StringBuilder name(StringBuilder json, boolean first, String name) {
		if (!first) {
			json.append(',');
		}
		return quoted(json, name).append(':');
	}

	private static StringBuilder quoted(StringBuilder json, String text) {
		if (text == null) {
			return json.append("null");
		}
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}
}
