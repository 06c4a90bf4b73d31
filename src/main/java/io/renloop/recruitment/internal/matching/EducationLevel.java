package io.renloop.recruitment.internal.matching;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Degrees in ascending order, with the Chinese and English words that name them. */
public enum EducationLevel {

	SECONDARY_VOCATIONAL("中专", "Secondary vocational", List.of("中专", "中技", "技校", "职高", "secondary vocational")),
	ASSOCIATE("大专", "Associate", List.of("大专", "专科", "高职", "associate", "diploma")),
	BACHELOR("本科", "Bachelor", List.of("本科", "学士", "bachelor", "b.sc", "bsc", "b.s.", "b.a.", "b.eng")),
	MASTER("硕士", "Master", List.of("硕士", "研究生", "master", "m.sc", "msc", "mba", "m.eng")),
	DOCTORATE("博士", "PhD", List.of("博士", "phd", "ph.d", "doctor", "doctorate"));

	private final String chineseName;

	private final String englishName;

	private final List<String> words;

	EducationLevel(String chineseName, String englishName, List<String> words) {
		this.chineseName = chineseName;
		this.englishName = englishName;
		this.words = words;
	}

	/** The level a degree text names, the highest if it names several (e.g. "本科/学士"), if any. */
	public static Optional<EducationLevel> parse(String degree) {
		if (degree == null) {
			return Optional.empty();
		}
		String lower = degree.toLowerCase(Locale.ROOT);
		EducationLevel found = null;
		for (EducationLevel level : values()) {
			if (level.words.stream().anyMatch(lower::contains)) {
				found = level;
			}
		}
		return Optional.ofNullable(found);
	}

	/** The highest level among {@code degrees}, if any names a level. */
	public static Optional<EducationLevel> highest(Collection<String> degrees) {
		return degrees.stream()
			.map(EducationLevel::parse)
			.flatMap(Optional::stream)
			.filter(Objects::nonNull)
			.max(Enum::compareTo);
	}

	/** The level's name in Chinese or English. */
	public String displayName(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chineseName : englishName;
	}
}
