package io.renloop.recruitment.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out what a hiring decision must never rest on — gender, ethnicity, age and birth date, marital status,
 * political affiliation, photo captions — before any other step reads the text. Characters are replaced by
 * spaces (line breaks are kept), so offsets into the redacted text are offsets into the extracted text.
 */
final class ProtectedAttributes {

	private static final String SEPARATOR = "(?:[ \\t\\u3000]*[:：][ \\t\\u3000]*|[ \\t\\u3000]+|[ \\t\\u3000]*\\n[ \\t\\u3000]*)";

	private static final String VALUE = "[^\\s|｜,，;；。、]{0,20}";

	private static final String ETHNIC_GROUPS = "汉|回|满|蒙古|壮|藏|维吾尔|苗|彝|土家|布依|朝鲜|侗|瑶|白|哈尼|哈萨克|黎|傣|畲|"
			+ "傈僳|仡佬|东乡|拉祜|水|佤|纳西|羌|土|仫佬|锡伯|柯尔克孜|达斡尔|景颇|毛南|撒拉|布朗|塔吉克|阿昌|普米|鄂温克|怒|京|"
			+ "基诺|德昂|保安|俄罗斯|裕固|乌孜别克|门巴|鄂伦春|独龙|塔塔尔|赫哲|高山|珞巴";

	private static final String DELIMITED_BEFORE = "(?<=^|[\\s，,、：:；;（(|｜/。])";

	private static final String DELIMITED_AFTER = "(?=$|[\\s，,、；;。）)|｜/])";

	private static final String POLITICAL = "中国共产党预备党员|中国共产党党员|中共预备党员|中共党员|共产党员|预备党员|"
			+ "中国共产主义青年团团员|共青团员|中国致公党党员|致公党党员|民革党员|民盟盟员|民建会员|民进会员|农工党党员|"
			+ "九三学社社员|台盟盟员|无党派民主人士|无党派人士|民主党派人士";

	private static final String DATE = "\\d{2,4}\\s*[年./\\-]\\s*(?:\\d{1,2}\\s*[月./\\-]?\\s*(?:\\d{1,2}\\s*[日号]?)?)?";

	private static final List<Pattern> PATTERNS = List.of(
			// labelled fields, Chinese: 性别：男, 民族 汉族, 出生年月：1990.05, 政治面貌：团员...
			Pattern.compile("(?:性\\s*别|民\\s*族|出生日期|出生年月日?|出生时间|出生年份|生\\s*日|年\\s*龄|婚姻状况|婚姻状态|"
					+ "婚\\s*姻|婚\\s*否|婚育状况|婚育|政治面貌|政治身份|宗教信仰|照\\s*片|相\\s*片)" + SEPARATOR + VALUE),
			// labelled fields, English: Gender: Male | Date of Birth: May 12, 1990
			Pattern.compile("(?i)\\b(?:gender|sex|date\\s+of\\s+birth|birth\\s*date|birthday|d\\.?o\\.?b\\.?|age|"
					+ "marital\\s+status|marital|ethnicity|race|nationality\\s+group|religion|political\\s+affiliation|"
					+ "political\\s+status|photo)\\s*[:：][^\\n|｜;；]{0,40}?(?=\\s{2,}|[\\n|｜;；]|$)"),
			Pattern.compile("(?i)\\b(?:male|female)\\b"),
			Pattern.compile("(?i)\\b(?:mr|mrs|ms|miss)\\b\\.?(?=\\s)"),
			Pattern.compile("(?i)\\bborn\\s+(?:on\\s+|in\\s+)?(?:[a-z]{3,9}\\.?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?"
					+ "(?:[a-z]{3,9}\\.?\\s+)?\\d{4}"),
			Pattern.compile("(?i)\\b\\d{1,2}\\s*(?:years?\\s+old|yrs?\\s+old|y/o)\\b"),
			Pattern.compile("(?i)(?<=[|｜,，;；]\\s{0,3})(?:married|single|divorced|widowed)(?=\\s*(?:$|[|｜,，;；\\n]))"),
			// unlabelled, Chinese
			Pattern.compile(DELIMITED_BEFORE + "[男女]性?" + DELIMITED_AFTER),
			Pattern.compile("先生|女士|小姐"),
			Pattern.compile("(?:" + ETHNIC_GROUPS + ")族(?!自治)人?|少数民族|" + DELIMITED_BEFORE + "汉" + DELIMITED_AFTER),
			Pattern.compile("(?:出生于|生于)\\s*" + DATE + "|" + DATE + "\\s*(?:出生|生人|生(?=$|[，,。；;）)\\s]))"),
			Pattern.compile("(?:现年|今年|年龄)?\\s*\\d{1,2}\\s*周?岁"),
			Pattern.compile("(?:\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月)?)?(?:光荣)?加入(?:中国共产党|中共|共青团)|" + POLITICAL + "|"
					+ DELIMITED_BEFORE + "(?:党员|团员|群众)" + DELIMITED_AFTER),
			Pattern.compile("已婚已育|已婚未育|未婚未育|已婚|未婚|离异|丧偶|已育|未育"),
			Pattern.compile("(?i)\\[(?:photo|照片)]|免冠照片?|证件照"));

	private ProtectedAttributes() {
	}

	/** The text with every protected attribute replaced by spaces; same length as the input. */
	static String redact(String text) {
		char[] out = text.toCharArray();
		for (Pattern pattern : PATTERNS) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				for (int i = matcher.start(); i < matcher.end(); i++) {
					if (out[i] != '\n') {
						out[i] = ' ';
					}
				}
			}
		}
		return new String(out);
	}
}
