package io.renloop.interview.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The human-scored Chinese short answers of {@code ../shared/data/zh-sas} (SAS-Datasets, Apache-2.0): ADS
 * (algorithms and data structures, scores 0–10) and LE (logistics engineering, scores 0–1).
 */
final class ShortAnswerCorpus {

	static final Path FOLDER = Path.of("..", "shared", "data", "zh-sas");

	private ShortAnswerCorpus() {
	}

	static boolean available() {
		return Files.isRegularFile(FOLDER.resolve("ads-train.jsonl")) && Files.isRegularFile(FOLDER.resolve("le-train.tsv"))
				&& Files.isRegularFile(FOLDER.resolve("le-questions.tsv"));
	}

	/** ADS answers; the rubric is drafted from {@code reference1}, the reference every question has. */
	static List<ScoredAnswer> ads() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<ScoredAnswer> answers = new ArrayList<>();
		for (String line : Files.readAllLines(FOLDER.resolve("ads-train.jsonl"), StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode row = json.readTree(line);
			answers.add(new ScoredAnswer("ADS-" + row.get("q_id").asString(), row.get("question").asString(),
					row.get("reference1").asString(), row.get("answer").asString().strip(),
					Double.parseDouble(row.get("score").asString())));
		}
		return answers;
	}

	/** LE answers with the question text from {@code le-questions.tsv}. */
	static List<ScoredAnswer> le() throws IOException {
		Map<String, String> questions = new HashMap<>();
		for (String line : Files.readAllLines(FOLDER.resolve("le-questions.tsv"), StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t");
			if (fields.length >= 2) {
				questions.put(fields[0].strip(), fields[1].strip());
			}
		}
		List<ScoredAnswer> answers = new ArrayList<>();
		for (String line : Files.readAllLines(FOLDER.resolve("le-train.tsv"), StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t");
			if (fields.length < 4) {
				continue;
			}
			String id = fields[0].strip();
			answers.add(new ScoredAnswer("LE-" + id, questions.getOrDefault(id, fields[1]), fields[1].strip(),
					fields[2].strip(), Double.parseDouble(fields[3].strip())));
		}
		return answers;
	}

	/**
	 * @param questionId the dataset's question id with a prefix
	 * @param question the question's text
	 * @param reference the reference answer
	 * @param answer the student's answer
	 * @param human the human score on the dataset's scale
	 */
	record ScoredAnswer(String questionId, String question, String reference, String answer, double human) {
	}
}
