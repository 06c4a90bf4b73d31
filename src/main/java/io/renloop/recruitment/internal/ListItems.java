package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.Lexicon.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of list lines in skills and certificates sections (“Java、Spring Boot、MySQL”, “• PMP (2019)”,
 * “编程语言：Java, Go”), and the names they carry: without bullets, labels, dates, issuers and proficiency words,
 * but otherwise whole — a colon or a dash inside a certificate's name stays.
 */
final class ListItems {

	private static final Pattern LABEL = Pattern.compile("^\\s*([^:：]{1,16}?)\\s*[:：]\\s*(.*)$");

	/** A skills line's label may be longer ("Languages & frameworks:"). */
	private static final Pattern SKILLS_LINE_LABEL = Pattern.compile("^\\s*([^:：(（]{1,30}?)\\s*[:：]\\s*(.*)$");

	private static final Pattern SEPARATORS = Pattern.compile("[,，、;；|｜•●▪]|\\s+[/／]\\s+|／|\\t|\\s{2,}|\\s·\\s");

	static final Pattern CERTIFICATE_LABEL = Pattern.compile("(?i)证书|资格证书|职业资格|资质证书|获得证书|持有证书|证书名称|"
			+ "certificates?|certifications?|licen[cs]es?|credentials?");

	private static final Pattern NOT_SKILLS_LABEL = Pattern.compile("(?i)语言|外语|语言能力|languages?|spoken languages?|"
			+ "证书|certificates?|certifications?|interests?|hobbies|兴趣爱好|爱好");

	private static final Pattern PROFICIENCY_PREFIX = Pattern.compile("^(?:熟练掌握|熟练使用|熟练运用|熟练|熟悉|精通|掌握|了解|"
			+ "能够使用|能熟练使用|会使用|使用|具备|擅长|(?i:proficient (?:in|with)|experienced (?:in|with)|familiar with|"
			+ "knowledge of|expert in|strong|advanced|working knowledge of|experience with|skilled in))\\s*");

	private static final Pattern PROFICIENCY_SUFFIX = Pattern.compile("\\s*(?:等[\\p{IsHan}]{0,6}|[（(][^)）]*[)）]|熟练|精通|熟悉|良好|"
			+ "一般|掌握|(?i:advanced|intermediate|basic|expert|proficient))$");

	/** "Python- Exprience - 24 months", as job-board exports write skills. */
	private static final Pattern EXPERIENCE_NOTE = Pattern.compile("(?i)\\s*-\\s*exp(?:e)?rience\\b.*$");

	private static final Pattern SENTENCE = Pattern.compile("[。！!？?]|的|良好|能力|经验|习惯|精神|意识|较强|善于|能够|可以|"
			+ "具有|负责|独立|沟通|(?i:\\b(?:ability|able|strong|excellent|good|years?)\\b)");

	private static final Pattern ACQUIRED = Pattern.compile("^(?:获得|取得|通过|持有|考取|(?i:obtained|earned|passed|holder of))\\s*");

	private static final Pattern DATED_PARENTHESIS = Pattern.compile("\\s*[（(][^()（）]*(?:19|20)\\d{2}[^()（）]*[)）]");

	private static final Pattern ISSUER_AFTER_DASH = Pattern.compile("\\s+[–—-]+\\s+(?:(?i:issued by)\\s+)?(.+)$");

	private static final Pattern ISSUER = Pattern.compile("(?i).*\\b(?:institute|association|council|board|alliance|"
			+ "foundation|society|amazon web services|amazon|microsoft|google|oracle|cisco|salesforce|pmi|isc2|isaca|"
			+ "comptia|red hat|linux foundation|inc\\.?|issued by)\\b.*|.*(?:协会|委员会|人力资源和社会保障部|人社部|教育部|财政部|"
			+ "考试中心|应急管理部|住建部|厅|局)");

	private static final Pattern CERTIFICATE_WORD = Pattern.compile("(?i).*(?:certified|certificate|certification|licen[cs]e|"
			+ "professional|associate|expert|specialist|foundation|qualification|level|belt|exam|证|资格|认证|师|级).*");

	private static final Pattern CONTINUATION = Pattern.compile("^(?:\\s*[:：]\\s*|\\s+[–—-]\\s+)[^,，;；、|｜(（\\n]+");

	private static final int MAX_SKILL_CHARS = 30;

	private static final int MAX_SKILL_WORDS = 4;

	private static final int MAX_CERTIFICATE_CHARS = 80;

	private ListItems() {
	}

	/** The items of a list line, without the bullet, stripped. */
	static List<String> of(String line) {
		List<String> items = new ArrayList<>();
		String text = EntryBlocks.unbulleted(line);
		Matcher m = SEPARATORS.matcher(text);
		int from = 0;
		while (m.find()) {
			if (!insideBrackets(text, m.start())) {
				addItem(items, text.substring(from, m.start()));
				from = m.end();
			}
		}
		addItem(items, text.substring(from));
		return items;
	}

	private static void addItem(List<String> items, String item) {
		String stripped = item.strip().replaceAll("^[\\s:：.。]+|[\\s.。]+$", "");
		if (!stripped.isEmpty()) {
			items.add(stripped);
		}
	}

	/** “AWS (Lambda, DynamoDB)”: a separator inside brackets does not end the item. */
	private static boolean insideBrackets(String text, int at) {
		int depth = 0;
		for (int i = 0; i < at; i++) {
			char c = text.charAt(i);
			depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
		}
		return depth > 0;
	}

	/** What follows a label that {@code label} accepts (“Skills: Java, Go” → “Java, Go”), or null. */
	static String afterLabel(String line, Pattern label) {
		Matcher m = LABEL.matcher(EntryBlocks.unbulleted(line));
		return m.matches() && label.matcher(m.group(1).strip()).matches() ? m.group(2) : null;
	}

	/**
	 * The line without a leading label ("编程语言：Java" → "Java"); empty when the label names languages,
	 * certificates or interests, which are not skills.
	 */
	static String withoutLabel(String line) {
		Matcher m = SKILLS_LINE_LABEL.matcher(EntryBlocks.unbulleted(line));
		if (!m.matches() || m.group(1).matches(".*\\d.*")) {
			return line;
		}
		return NOT_SKILLS_LABEL.matcher(m.group(1).strip()).matches() ? "" : m.group(2);
	}

	/** The skill an item names, or null when the item reads like a sentence rather than a name. */
	static String skillName(String item) {
		String name = EXPERIENCE_NOTE.matcher(item.strip()).replaceFirst("");
		name = PROFICIENCY_PREFIX.matcher(name).replaceFirst("");
		name = PROFICIENCY_SUFFIX.matcher(name).replaceFirst("").strip();
		boolean tooLong = name.length() > MAX_SKILL_CHARS || name.split("\\s+").length > MAX_SKILL_WORDS;
		if (name.isEmpty() || tooLong || SENTENCE.matcher(name).find() || !DateRanges.all(name).isEmpty()) {
			return null;
		}
		return name;
	}

	/** The certificate an item of a certificates section names, or null when it names none. */
	static String certificateName(String item) {
		String name = item.strip();
		Matcher label = LABEL.matcher(name);
		if (label.matches() && CERTIFICATE_LABEL.matcher(label.group(1).strip()).matches()) {
			name = label.group(2);
		}
		name = DATED_PARENTHESIS.matcher(name).replaceAll("");
		List<DateRanges.DateRange> dates = DateRanges.all(name);
		for (int i = dates.size() - 1; i >= 0; i--) {
			name = name.substring(0, dates.get(i).from()) + " " + name.substring(dates.get(i).to());
		}
		name = ACQUIRED.matcher(name.strip()).replaceFirst("");
		Matcher issuer = ISSUER_AFTER_DASH.matcher(name);
		if (issuer.find() && ISSUER.matcher(issuer.group(1)).matches()) {
			name = name.substring(0, issuer.start());
		}
		name = name.replaceAll("^[\\s:：,，\\-–—]+|[\\s:：,，\\-–—]+$", "").replaceAll("\\s{2,}", " ");
		if (name.endsWith("证书") && name.length() >= 6) {
			name = name.substring(0, name.length() - 2);
		}
		if (name.length() < 2 || name.length() > MAX_CERTIFICATE_CHARS
				|| ISSUER.matcher(name).matches() && !CERTIFICATE_WORD.matcher(name).matches()) {
			return null;
		}
		return name;
	}

	/** A listed certificate taken whole when a colon or a dash continues its name in the line. */
	static Match continued(String line, Match match) {
		Matcher m = CONTINUATION.matcher(line.substring(match.end()));
		if (!m.find()) {
			return match;
		}
		String whole = certificateName(line.substring(match.start(), match.end() + m.end()));
		return whole == null ? match : new Match(match.start(), match.start() + whole.length(), whole, whole);
	}
}
