package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.internal.matching.TextLanguage;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Field names of a talent-pool document and their analysis. The text is indexed twice, once segmented for
 * Chinese and once stemmed for English, so mixed texts ("Java 开发") are found from either language; vectors live
 * in one field per embedding model because the models' spaces (and lengths) differ.
 */
final class ProfileFields {

	static final String TENANT = "tenant";

	static final String CANDIDATE = "candidate";

	static final String SEARCHABLE_UNTIL = "searchableUntil";

	private ProfileFields() {
	}

	static String text(TextLanguage language) {
		return language == TextLanguage.CHINESE ? "text_zh" : "text_en";
	}

	static String vector(TextLanguage language) {
		return language == TextLanguage.CHINESE ? "vector_zh" : "vector_en";
	}

	static Analyzer analyzer() {
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
				Map.of(text(TextLanguage.CHINESE), new SmartChineseAnalyzer(), text(TextLanguage.ENGLISH),
						new EnglishAnalyzer()));
	}
}
