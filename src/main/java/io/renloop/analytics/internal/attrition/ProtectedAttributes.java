package io.renloop.analytics.internal.attrition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises columns that hold a protected attribute (sex, age, birth, marital status, ethnicity, religion, health)
 * by their name in English or Chinese. Such columns never become features, whatever a tenant uploads: a model that
 * learnt from them would rank people by who they are rather than by how they work. Matching is by whole words in
 * English (Age, age_band, MaritalStatus; not Average or Wage) and by substring in Chinese.
 */
public final class ProtectedAttributes {

	private static final Set<String> WORDS = Set.of("sex", "gender", "age", "ages", "birth", "birthday", "birthdate",
			"dob", "born", "marital", "married", "marriage", "spouse", "ethnicity", "ethnic", "race", "racial",
			"religion", "religious", "faith", "health", "disability", "disabled", "pregnant", "pregnancy", "nation",
			"nationality");

	private static final List<String> CHINESE = List.of("性别", "年龄", "岁", "出生", "生日", "婚", "配偶", "民族", "种族",
			"宗教", "信仰", "健康", "残疾", "病", "怀孕", "孕", "籍贯", "国籍");

	private ProtectedAttributes() {
	}

	/** Whether a column of this name holds a protected attribute. */
	public static boolean isProtected(String columnName) {
		if (columnName == null) {
			return false;
		}
		if (CHINESE.stream().anyMatch(columnName::contains)) {
			return true;
		}
		// split camelCase and any non-letter: "MaritalStatus" → marital, status; "date_of_birth" → date, of, birth
		String words = columnName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Arrays.stream(words.split("[^a-z]+")).anyMatch(WORDS::contains);
	}
}
