package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.internal.matching.TextLanguage;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Field names of a talent-pool document and their analysis. Every text field is indexed twice, once segmented for
 * Chinese (SmartChinese, which also stems Latin words) and once stemmed for English, so mixed texts ("Java 开发")
 * are found from either language. Besides the whole resume ({@link #text}) the titles, the skills and the most
 * recent position have fields of their own, which a query boosts; vectors live in one field per embedding model
 * because the models' spaces (and lengths) differ.
 */
final class ProfileFields {

	static final String TENANT = "tenant";

	static final String CANDIDATE = "candidate";

	static final String SEARCHABLE_UNTIL = "searchableUntil";

	/** The searchable parts of a profile, each a text field per analysis language. */
	enum Part {

		TEXT("text"), TITLES("titles"), SKILLS("skills"), RECENT("recent");

		private final String prefix;

		Part(String prefix) {
			this.prefix = prefix;
		}

		String field(TextLanguage language) {
			return prefix + (language == TextLanguage.CHINESE ? "_zh" : "_en");
		}
	}

	private ProfileFields() {
	}

	static String text(TextLanguage language) {
		return Part.TEXT.field(language);
	}

	static String vector(TextLanguage language) {
		return language == TextLanguage.CHINESE ? "vector_zh" : "vector_en";
	}

	static Analyzer analyzer() {
		Map<String, Analyzer> analyzers = new HashMap<>();
		Analyzer chinese = new SmartChineseAnalyzer();
		Analyzer english = new EnglishAnalyzer();
		for (Part part : Part.values()) {
			analyzers.put(part.field(TextLanguage.CHINESE), chinese);
			analyzers.put(part.field(TextLanguage.ENGLISH), english);
		}
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers);
	}
}
