package io.renloop.recruitment.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the character-per-line BMES files of the Chinese resume NER corpus (one character and its tag per line,
 * a blank line between sentences).
 */
final class BmesCorpus {

	/** The shared data folder, relative to the repository root, that holds the corpus. */
	static final Path FOLDER = Path.of("..", "shared", "data", "resume-ner");

	private BmesCorpus() {
	}

	static boolean available() {
		return Files.isRegularFile(FOLDER.resolve("train.char.bmes")) && Files.isRegularFile(FOLDER.resolve("dev.char.bmes"));
	}

	static List<Sentence> read(String file) throws IOException {
		List<Sentence> sentences = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		List<String> labels = new ArrayList<>();
		for (String line : Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				add(sentences, text, labels);
				continue;
			}
			int space = trimmed.lastIndexOf(' ');
			String token = trimmed.substring(0, space).strip();
			text.append(token.isEmpty() ? ' ' : token.charAt(0));
			labels.add(trimmed.substring(space + 1));
		}
		add(sentences, text, labels);
		return sentences;
	}

	private static void add(List<Sentence> sentences, StringBuilder text, List<String> labels) {
		if (text.length() > 0) {
			sentences.add(new Sentence(text.toString(), labels.stream().mapToInt(Tags::tag).toArray()));
			text.setLength(0);
			labels.clear();
		}
	}

	/** A sentence with one gold tag per character. */
	record Sentence(String text, int[] tags) {

		List<Span> spans() {
			return Span.of(tags);
		}
	}

	/** An entity span of a type, end exclusive. */
	record Span(String type, int start, int end) {

		static List<Span> of(int[] tags) {
			List<Span> spans = new ArrayList<>();
			int start = -1;
			for (int i = 0; i < tags.length; i++) {
				char p = Tags.position(tags[i]);
				if (p == 'S') {
					spans.add(new Span(Tags.TYPES.get(Tags.type(tags[i])), i, i + 1));
					start = -1;
				}
				else if (p == 'B') {
					start = i;
				}
				else if (p == 'E' && start >= 0 && Tags.type(tags[start]) == Tags.type(tags[i])) {
					spans.add(new Span(Tags.TYPES.get(Tags.type(tags[i])), start, i + 1));
					start = -1;
				}
				else if (p == 'O') {
					start = -1;
				}
			}
			return spans;
		}
	}
}
