package io.renloop.recruitment.evaluation;

import io.renloop.recruitment.evaluation.EvaluationLayouts.Rendered;
import io.renloop.recruitment.evaluation.EvaluationPeople.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the generated part of the resume-parsing evaluation set to {@code src/test/resources/resume-parsing}: 64
 * invented resumes, half Chinese and half English, in eight layouts per language, as TXT, DOCX and PDF (table
 * layouts always DOCX), each with its gold labels in a JSON file of the same name. The people come from
 * {@link EvaluationPeople} with a fixed seed, so a rerun writes the same texts and labels; the resumes written by
 * hand ({@code *-handwritten-*}) are left alone. Chinese PDFs need the CJK font of
 * {@link io.renloop.recruitment.ResumeDocuments#chinesePdf}. Rewrite the set from the repository root with
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) io.renloop.recruitment.evaluation.EvaluationResumes</pre>
 */
public final class EvaluationResumes {

	/** Where the set lives, from the repository root. */
	public static final Path FOLDER = Path.of("src", "test", "resources", "resume-parsing");

	private static final long SEED = 20261207L;

	private static final int PER_LAYOUT = 4;

	private record Layout(String name, boolean chinese, boolean tables, BiFunction<Person, SplittableRandom, Rendered> render) {
	}

	private static final List<Layout> LAYOUTS = List.of(new Layout("classic", true, false, ChineseLayouts::classic),
			new Layout("bars", true, false, ChineseLayouts::bars), new Layout("tables", true, true, ChineseLayouts::tables),
			new Layout("dates-above", true, false, ChineseLayouts::datesAbove),
			new Layout("nameless", true, false, ChineseLayouts::nameless),
			new Layout("labelled", true, false, ChineseLayouts::labelled),
			new Layout("commas", true, false, ChineseLayouts::commas),
			new Layout("bilingual", true, false, ChineseLayouts::bilingual),
			new Layout("title-comma-company", false, false, EnglishLayouts::titleCommaCompany),
			new Layout("bars", false, false, EnglishLayouts::bars),
			new Layout("title-at-company", false, false, EnglishLayouts::titleAtCompany),
			new Layout("two-line", false, false, EnglishLayouts::twoLine),
			new Layout("job-board-export", false, false, EnglishLayouts::jobBoardExport),
			new Layout("tables", false, true, EnglishLayouts::tables),
			new Layout("headline", false, false, EnglishLayouts::headline),
			new Layout("labelled", false, false, EnglishLayouts::labelled));

	private static final List<String> FORMATS = List.of("txt", "docx", "pdf");

	private EvaluationResumes() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = args.length > 0 ? Path.of(args[0]) : FOLDER;
		Files.createDirectories(folder);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		int written = 0;
		for (int l = 0; l < LAYOUTS.size(); l++) {
			Layout layout = LAYOUTS.get(l);
			for (int i = 0; i < PER_LAYOUT; i++) {
				long seed = SEED * 1_000_003L + l * 100L + i;
				Rendered rendered = layout.render().apply(EvaluationPeople.person(layout.chinese(), seed), new SplittableRandom(seed));
				String format = layout.tables() ? "docx" : FORMATS.get((l + i) % FORMATS.size());
				String language = layout.chinese() ? "zh" : "en";
				String name = String.format(Locale.ROOT, "%s-%s-%d", language, layout.name(), i + 1);
				byte[] file = switch (format) {
					case "txt" -> rendered.document().text().getBytes(StandardCharsets.UTF_8);
					case "docx" -> rendered.document().docx();
					default -> rendered.document().pdf(layout.chinese());
				};
				Files.write(folder.resolve(name + "." + format), file);
				GoldLabels gold = rendered.gold();
				GoldLabels labelled = new GoldLabels(name + "." + format, language, layout.name(), gold.name(), gold.phone(),
						gold.email(), gold.education(), gold.experience(), gold.skills(), gold.certificates());
				Files.writeString(folder.resolve(name + ".json"), json.writeValueAsString(labelled) + "\n");
				written++;
			}
		}
		System.out.println("Wrote " + written + " resumes to " + folder);
	}

	/** Every resume of the set in {@code folder}: its labels, read from the JSON files. */
	public static List<GoldLabels> labels(Path folder) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<GoldLabels> all = new ArrayList<>();
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				all.add(json.readValue(file.toFile(), GoldLabels.class));
			}
		}
		return all;
	}
}
