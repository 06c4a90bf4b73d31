package io.renloop.recruitment.internal.matching;

import io.renloop.recruitment.EducationLevel;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Chinese and English words that name each {@link EducationLevel}, to read degrees and to name levels. */
public final class DegreeNames {

	private static final Map<EducationLevel, List<String>> WORDS = Map.of(
			EducationLevel.SECONDARY_VOCATIONAL, List.of("中专", "中技", "技校", "职高", "secondary vocational"),
			EducationLevel.ASSOCIATE, List.of("大专", "专科", "高职", "associate", "diploma"),
			EducationLevel.BACHELOR, List.of("本科", "学士", "bachelor", "b.sc", "bsc", "b.s.", "b.a.", "b.eng"),
			EducationLevel.MASTER, List.of("硕士", "研究生", "master", "m.sc", "msc", "mba", "m.eng"),
			EducationLevel.DOCTORATE, List.of("博士", "phd", "ph.d", "doctor", "doctorate"));

	private static final Map<EducationLevel, List<String>> DISPLAY = Map.of(
			EducationLevel.SECONDARY_VOCATIONAL, List.of("中专", "Secondary vocational"),
			EducationLevel.ASSOCIATE, List.of("大专", "Associate"), EducationLevel.BACHELOR, List.of("本科", "Bachelor"),
			EducationLevel.MASTER, List.of("硕士", "Master"), EducationLevel.DOCTORATE, List.of("博士", "PhD"));

	private DegreeNames() {
	}

	/** The level a degree text names, the highest if it names several (e.g. "本科/学士"), if any. */
	public static Optional<EducationLevel> parse(String degree) {
		if (degree == null) {
			return Optional.empty();
		}
		String lower = degree.toLowerCase(Locale.ROOT);
		EducationLevel found = null;
		for (EducationLevel level : EducationLevel.values()) {
			if (WORDS.get(level).stream().anyMatch(lower::contains)) {
				found = level;
			}
		}
		return Optional.ofNullable(found);
	}

	/** The highest level among {@code degrees}, if any names a level. */
	public static Optional<EducationLevel> highest(Collection<String> degrees) {
		return degrees.stream().map(DegreeNames::parse).flatMap(Optional::stream).max(Enum::compareTo);
	}

	/** The level's name in Chinese or English. */
	public static String displayName(EducationLevel level, Locale locale) {
		return DISPLAY.get(level).get(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? 0 : 1);
	}
}
