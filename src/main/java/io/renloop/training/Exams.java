package io.renloop.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Exams: questions drawn at random from a bank for every attempt, a time limit, a pass mark and a number of
 * attempts; answers are graded at once and the result explains every wrong answer. Passing issues the exam's
 * internal certificate and completes its course.
 */
public interface Exams {

	List<ExamView> exams();

	/** Creates an exam; its questions are added to the named bank. */
	ExamView create(SaveExam command);

	/** The signed-in employee starts (or resumes) an attempt. */
	AttemptView start(UUID examId);

	/** Grades the attempt's answers, keyed by question id. */
	ResultView submit(UUID attemptId, Map<UUID, String> answers);

	enum QuestionKind {
		SINGLE, MULTIPLE, TRUE_FALSE, FILL_IN
	}

	/**
	 * @param answer SINGLE: the option's number from 0; MULTIPLE: the numbers, comma separated; TRUE_FALSE: true or
	 * false; FILL_IN: the accepted answers separated by |
	 */
	record SaveQuestion(@NotNull QuestionKind kind, @NotBlank @Size(max = 2000) String text,
			@Size(max = 10) List<@NotBlank @Size(max = 200) String> options, @NotBlank @Size(max = 500) String answer,
			@Size(max = 2000) String explanation) {
	}

	record SaveExam(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
			@NotBlank @Size(max = 200) String titleZh, @NotBlank @Size(max = 200) String titleEn,
			@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String bank,
			@NotNull @Min(1) @Max(200) Integer questionCount, @NotNull @Min(1) @Max(600) Integer timeLimitMinutes,
			@NotNull @Min(1) @Max(100) Integer passMark, @NotNull @Min(1) @Max(20) Integer maxAttempts, UUID courseId,
			@Size(max = 40) String certificateType, @Size(max = 500) List<@Valid @NotNull SaveQuestion> questions) {
	}

	record ExamView(UUID id, String code, String title, String bank, int questionCount, int timeLimitMinutes,
			int passMark, int maxAttempts, UUID courseId, String certificateType) {
	}

	/** A question as the candidate sees it: no answer, no explanation. */
	record AskedQuestion(UUID id, QuestionKind kind, String text, List<String> options) {
	}

	record AttemptView(UUID id, UUID examId, String title, Instant deadline, int attemptNumber, int maxAttempts,
			@NotEmpty List<AskedQuestion> questions) {
	}

	record WrongAnswer(UUID questionId, String text, String yourAnswer, String correctAnswer, String explanation) {
	}

	/**
	 * @param score the share of questions answered right, 0 to 100
	 * @param verifyCode the new internal certificate's public code when one was issued
	 */
	record ResultView(UUID attemptId, int score, int passMark, boolean passed, List<WrongAnswer> wrongAnswers,
			UUID certificateId, String verifyCode) {
	}
}
