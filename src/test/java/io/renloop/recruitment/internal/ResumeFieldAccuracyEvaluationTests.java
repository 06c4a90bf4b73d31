package io.renloop.recruitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.evaluation.EvaluationResumes;
import io.renloop.recruitment.evaluation.GoldLabels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Measures the parser field by field on the evaluation set that ships in the repository
 * ({@code src/test/resources/resume-parsing}: Chinese and English resumes in sixteen generated layouts, as TXT,
 * DOCX and PDF files, and eight written by hand, each with gold labels; see {@link EvaluationResumes}). Every file goes through {@code parse(file)}, as an
 * upload does. Prints the per-field table and writes it to {@code docs/evaluation/resume-parsing.md}; fails when
 * overall field accuracy falls below a bound a little under the measured figure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeFieldAccuracyEvaluationTests {

	static final Path REPORT = Path.of("docs", "evaluation", "resume-parsing.md");

	/** The measured overall accuracy, less a margin, so that a regression fails the build. */
	static final double OVERALL_BOUND = 0.97;

	List<GoldLabels> set;

	FieldScores scores;

	@BeforeAll
	void evaluate() throws IOException {
		set = EvaluationResumes.labels(EvaluationResumes.FOLDER);
		scores = new FieldScores();
		for (GoldLabels gold : set) {
			byte[] content = Files.readAllBytes(EvaluationResumes.FOLDER.resolve(gold.file()));
			ParsedResume parsed = ResumeParserTests.PARSER.parse(new ResumeFile(gold.file(), content));
			String type = gold.file().substring(gold.file().lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
			String origin = gold.layout().equals("handwritten") ? "by hand" : "generated";
			scores.add(gold, parsed, List.of(gold.language(), type, origin));
		}
		String table = scores.table(List.of("zh", "en", "TXT", "DOCX", "PDF", "generated", "by hand"));
		System.out.printf("%nResume parsing, %d resumes of the evaluation set, field accuracy%n%s", set.size(), table);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report(table), StandardCharsets.UTF_8);
	}

	private String report(String table) {
		long zh = set.stream().filter(g -> g.language().equals("zh")).count();
		long byHand = set.stream().filter(g -> g.layout().equals("handwritten")).count();
		long layouts = set.stream().filter(g -> !g.layout().equals("handwritten")).map(g -> g.language() + g.layout()).distinct().count();
		return """
				# Resume parsing: field accuracy on the evaluation set

				Written by `ResumeFieldAccuracyEvaluationTests` (run it to refresh this file; how fields are counted is
				explained in [../recruitment-parser.md](../recruitment-parser.md#evaluation)). The set is
				`src/test/resources/resume-parsing`: %d resumes (%d Chinese, %d English; %d written by hand, the others
				generated in %d layouts), as TXT, DOCX and PDF files, each parsed as an upload through
				`ResumeParser.parse(file)`.

				%s
				The build fails when overall accuracy drops below %.0f %%.
				""".formatted(set.size(), zh, set.size() - zh, byHand, layouts, table, OVERALL_BOUND * 100);
	}

	@Test
	void theSetHasSixtyResumesInBothLanguagesAndAllFileTypes() {
		assertThat(set).hasSizeGreaterThanOrEqualTo(60);
		assertThat(set).extracting(GoldLabels::language).contains("zh", "en");
		assertThat(set).extracting(g -> g.file().substring(g.file().lastIndexOf('.') + 1)).contains("txt", "docx", "pdf");
	}

	@Test
	void overallFieldAccuracyStaysAboveTheBound() {
		assertThat(scores.accuracy("all")).isGreaterThanOrEqualTo(OVERALL_BOUND);
	}

	@Test
	void namesAreRightOrAbsentOnEveryResume() {
		assertThat(scores.accuracy("all", "name")).isEqualTo(1.0);
	}
}
