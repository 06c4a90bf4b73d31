package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.BmesCorpus.Sentence;
import io.renloop.recruitment.internal.BmesCorpus.Span;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Rebuilds the resume entity tagger from {@code ../shared/data/resume-ner/train.char.bmes} and writes it to the
 * module's resources. Run from the repository root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.renloop.recruitment.internal.ResumeNerTraining}; see docs/recruitment-parser.md.
 */
public final class ResumeNerTraining {

	static final Path MODEL = Path.of("src", "main", "resources", "io", "renloop", "recruitment", "model",
			"resume-tagger.bin.gz");

	static final int EPOCHS = 12;

	static final float MIN_WEIGHT = 0.05f;

	private ResumeNerTraining() {
	}

	public static void main(String[] args) throws Exception {
		if (!BmesCorpus.available()) {
			throw new IllegalStateException("The corpus is missing: expected " + BmesCorpus.FOLDER.toAbsolutePath());
		}
		TaggerFeatures features = new TaggerFeatures(Lexicons.load().taggerLexicon());
		TaggerModel model = train(features, BmesCorpus.read("train.char.bmes"));
		Path target = args.length > 0 ? Path.of(args[0]) : MODEL;
		Files.createDirectories(target.getParent());
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
			model.write(out);
		}
		System.out.printf("Model written to %s (%d bytes)%n", target, Files.size(target));
		if (args.length > 1 && "--dev".equals(args[1])) {
			System.out.print(evaluate(new EntityTagger(features, model), BmesCorpus.read("dev.char.bmes")));
		}
	}

	static TaggerModel train(TaggerFeatures features, List<Sentence> corpus) {
		List<Sentence> sentences = new ArrayList<>();
		List<long[][]> featureList = new ArrayList<>();
		for (Sentence sentence : corpus) {
			Sentence redacted = redacted(sentence);
			sentences.add(redacted);
			featureList.add(features.extract(redacted.text()));
		}
		return new PerceptronTrainer().train(sentences, featureList, EPOCHS, MIN_WEIGHT);
	}

	/**
	 * The sentence as the parser sees it: protected attributes blanked, and the tags of blanked characters set to
	 * O (an entity cut by the blanking is dropped whole).
	 */
	static Sentence redacted(Sentence sentence) {
		String text = ProtectedAttributes.redact(sentence.text());
		int[] tags = sentence.tags().clone();
		for (Span span : sentence.spans()) {
			boolean blanked = false;
			for (int i = span.start(); i < span.end(); i++) {
				blanked |= text.charAt(i) != sentence.text().charAt(i);
			}
			if (blanked) {
				for (int i = span.start(); i < span.end(); i++) {
					tags[i] = Tags.O;
				}
			}
		}
		return new Sentence(text, tags);
	}

	static String evaluate(EntityTagger tagger, List<Sentence> dev) {
		List<String> types = List.of("ORG", "TITLE", "EDU", "PRO", "NAME", "LOC");
		SpanScores scores = new SpanScores(types);
		for (Sentence sentence : dev) {
			Sentence redacted = redacted(sentence);
			List<Span> predicted = tagger.tag(redacted.text())
				.stream()
				.map(e -> new Span(e.type(), e.start(), e.end()))
				.toList();
			scores.add(redacted.spans(), predicted);
		}
		return scores.table(List.of("ORG", "TITLE", "EDU", "PRO"));
	}
}
