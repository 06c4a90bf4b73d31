package io.renloop.interview.web;

import io.renloop.interview.QuestionDefinition;
import io.renloop.interview.QuestionType;
import io.renloop.interview.QuestionView;
import io.renloop.interview.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The question form of the page: the rubric's lists as lines of text — key points {@code 0.3 | text}, levels
 * {@code 1 | anchor}, one must-mention item a line — so a question can be edited on a phone without scripts.
 */
public class QuestionForm {

	String key;

	String jobFamily;

	String dimension;

	QuestionType type = QuestionType.SITUATIONAL;

	String language = "zh";

	String text;

	String keyPoints = "";

	String mustMention = "";

	String levels = "";

	String referenceAnswer;

	int timeLimitSeconds = 180;

	static QuestionForm of(QuestionView question) {
		QuestionForm form = new QuestionForm();
		form.key = question.key();
		form.jobFamily = question.jobFamily();
		form.dimension = question.dimension();
		form.type = question.type();
		form.language = question.language();
		form.text = question.text();
		form.keyPoints = keyPointLines(question.rubric().keyPoints());
		form.mustMention = String.join("\n", question.rubric().mustMention());
		form.levels = question.rubric()
			.levels()
			.stream()
			.map(level -> level.level() + " | " + level.anchor())
			.collect(Collectors.joining("\n"));
		form.referenceAnswer = question.rubric().referenceAnswer();
		form.timeLimitSeconds = question.timeLimitSeconds();
		return form;
	}

	static String keyPointLines(List<Rubric.KeyPoint> keyPoints) {
		return keyPoints.stream()
			.map(point -> String.format(Locale.ROOT, "%.2f | %s", point.weight(), point.text()))
			.collect(Collectors.joining("\n"));
	}

	/** The definition, or field problems (field → message key) for lines that cannot be read. */
	QuestionDefinition definition(Map<String, String> problems) {
		List<Rubric.KeyPoint> points = new ArrayList<>();
		for (String line : lines(keyPoints)) {
			String[] parts = line.split("\\|", 2);
			Double weight = parts.length == 2 ? number(parts[0]) : null;
			if (weight == null) {
				problems.put("keyPoints", "interview.page.keyPointLine");
			}
			else {
				points.add(new Rubric.KeyPoint(parts[1].strip(), weight));
			}
		}
		List<Rubric.Level> anchors = new ArrayList<>();
		for (String line : lines(levels)) {
			String[] parts = line.split("\\|", 2);
			Double level = parts.length == 2 ? number(parts[0]) : null;
			if (level == null) {
				problems.put("levels", "interview.page.levelLine");
			}
			else {
				anchors.add(new Rubric.Level(level.intValue(), parts[1].strip()));
			}
		}
		Rubric rubric = new Rubric(points, lines(mustMention), anchors, blankToNull(referenceAnswer));
		return new QuestionDefinition(blankToNull(key), blankToNull(jobFamily), dimension, type, language, text, rubric,
				timeLimitSeconds);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static Double number(String text) {
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getJobFamily() {
		return jobFamily;
	}

	public void setJobFamily(String jobFamily) {
		this.jobFamily = jobFamily;
	}

	public String getDimension() {
		return dimension;
	}

	public void setDimension(String dimension) {
		this.dimension = dimension;
	}

	public QuestionType getType() {
		return type;
	}

	public void setType(QuestionType type) {
		this.type = type;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getKeyPoints() {
		return keyPoints;
	}

	public void setKeyPoints(String keyPoints) {
		this.keyPoints = keyPoints;
	}

	public String getMustMention() {
		return mustMention;
	}

	public void setMustMention(String mustMention) {
		this.mustMention = mustMention;
	}

	public String getLevels() {
		return levels;
	}

	public void setLevels(String levels) {
		this.levels = levels;
	}

	public String getReferenceAnswer() {
		return referenceAnswer;
	}

	public void setReferenceAnswer(String referenceAnswer) {
		this.referenceAnswer = referenceAnswer;
	}

	public int getTimeLimitSeconds() {
		return timeLimitSeconds;
	}

	public void setTimeLimitSeconds(int timeLimitSeconds) {
		this.timeLimitSeconds = timeLimitSeconds;
	}
}
