package io.renloop.recruitment.internal.matching;

import io.renloop.recruitment.EducationLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentences that explain match factors, in Chinese or English. */
final class MatchEvidence {

	private final boolean chinese;

	private final Locale locale;

	MatchEvidence(Locale locale) {
		this.locale = locale;
		this.chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
	}

	/** E.g. "具备 注册安全工程师 证书；缺少 特种作业操作证" or "Has certificates PMP; missing CPA". */
	String terms(List<TermMatch> matches, boolean certificates) {
		String held = matches.stream().filter(TermMatch::met).map(this::describe).collect(joining());
		String missing = matches.stream().filter(m -> !m.met()).map(TermMatch::required).collect(joining());
		StringBuilder text = new StringBuilder();
		if (!held.isEmpty()) {
			text.append(chinese ? "具备 " + held + (certificates ? " 证书" : "")
					: "Has " + (certificates ? "certificates " : "") + held);
		}
		if (!missing.isEmpty()) {
			text.append(text.isEmpty() ? "" : chinese ? "；" : "; ").append(chinese ? "缺少 " : "missing ").append(missing);
		}
		return text.toString();
	}

	String experience(BigDecimal years, BigDecimal required) {
		if (years == null) {
			return chinese ? "工作年限不详，要求 " + plain(required) + " 年"
					: "Years of experience unknown, " + plain(required) + " required";
		}
		return chinese ? plain(years) + " 年工作经验，要求 " + plain(required) + " 年"
				: plain(years) + " years of experience, " + plain(required) + " required";
	}

	String education(EducationLevel held, EducationLevel required) {
		String requiredName = DegreeNames.displayName(required, locale);
		if (held == null) {
			return chinese ? "学历不详，要求 " + requiredName : "Degree unknown, " + requiredName + " required";
		}
		return chinese ? "最高学历 " + DegreeNames.displayName(held, locale) + "，要求 " + requiredName
				: "Highest degree " + DegreeNames.displayName(held, locale) + ", " + requiredName + " required";
	}

	String niceToHaves(List<TermMatch> matches) {
		String held = matches.stream().filter(TermMatch::met).map(this::describe).collect(joining());
		if (held.isEmpty()) {
			return chinese ? "不具备加分项" : "None of the nice-to-haves";
		}
		return (chinese ? "加分项：" : "Nice-to-haves held: ") + held;
	}

	String description(double similarity) {
		String value = String.format(Locale.ROOT, "%.2f", similarity);
		return chinese ? "简历与职位描述的语义相似度 " + value
				: "Semantic similarity of the resume to the job description " + value;
	}

	String mustHaves(List<String> failures, double cap) {
		if (failures.isEmpty()) {
			return chinese ? "满足全部硬性要求" : "Meets every must-have";
		}
		String list = String.join(chinese ? "、" : ", ", failures);
		String capText = String.format(Locale.ROOT, "%.0f", cap);
		return chinese ? "未满足硬性要求：" + list + "；总分上限 " + capText
				: "Must-haves not met: " + list + "; score capped at " + capText;
	}

	String failedYears() {
		return chinese ? "工作年限" : "years of experience";
	}

	String failedEducation() {
		return chinese ? "学历" : "education";
	}

	private String describe(TermMatch match) {
		return switch (match.kind()) {
			case EXACT -> match.required();
			case SYNONYM -> match.required() + (chinese ? "（" + match.matchedBy() + "，同义）"
					: " (as " + match.matchedBy() + ")");
			case SEMANTIC -> match.required() + (chinese ? "（" + match.matchedBy() + "，相近）"
					: " (similar: " + match.matchedBy() + ")");
			case MISSING -> "";
		};
	}

	private java.util.stream.Collector<CharSequence, ?, String> joining() {
		return Collectors.joining(chinese ? "、" : ", ");
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}
}
