package io.renloop.recruitment.internal.talentpool;

import io.renloop.recruitment.internal.matching.JobQuery;
import io.renloop.recruitment.internal.matching.TextLanguage;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The BM25 part of a talent-pool query: the understood query's text against the whole resume, its title against
 * the resume's titles, its skills against the resume's skills and its text against the most recent position, each
 * boosted by the {@link SearchSettings}. A keyword query without title or skills uses its text for those parts.
 */
final class ProfileQuery {

	/**
	 * The most terms the whole-resume part keeps, the rarest in the pool: a posting's common words ("负责",
	 * "experience") cost a scoring pass over most of the pool and add almost nothing, since BM25 weighs a term by
	 * its rarity.
	 */
	static final int MAX_TEXT_TERMS = 32;

	/** The most terms each boosted part keeps. */
	static final int MAX_PART_TERMS = 16;

	private ProfileQuery() {
	}

	/** The query, or null when none of the query's terms occurs in the pool. */
	static Query of(Analyzer analyzer, IndexReader reader, TextLanguage language, JobQuery query,
			SearchSettings settings) throws IOException {
		String title = query.title() == null ? query.focus() : query.title();
		String skills = query.skills().isEmpty() ? query.focus() : String.join("\n", query.skills());
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		int clauses = 0;
		clauses += add(builder, KeywordQuery.of(analyzer, reader, ProfileFields.text(language), query.focus(),
				MAX_TEXT_TERMS), 1);
		clauses += add(builder, KeywordQuery.of(analyzer, reader, ProfileFields.Part.TITLES.field(language), title,
				MAX_PART_TERMS), settings.titleBoost());
		clauses += add(builder, KeywordQuery.of(analyzer, reader, ProfileFields.Part.SKILLS.field(language), skills,
				MAX_PART_TERMS), settings.skillsBoost());
		clauses += add(builder, KeywordQuery.of(analyzer, reader, ProfileFields.Part.RECENT.field(language),
				query.focus(), MAX_PART_TERMS), settings.recentBoost());
		return clauses == 0 ? null : builder.build();
	}

	private static int add(BooleanQuery.Builder builder, Query part, double boost) {
		if (part == null || boost <= 0) {
			return 0;
		}
		builder.add(boost == 1 ? part : new BoostQuery(part, (float) boost), Occur.SHOULD);
		return 1;
	}
}
