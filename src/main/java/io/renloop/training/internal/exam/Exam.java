package io.renloop.training.internal.exam;

import io.renloop.training.Exams.ExamView;
import io.renloop.training.internal.Language;
import java.util.UUID;

/** An exam as stored. */
record Exam(UUID id, String code, String titleZh, String titleEn, String bank, int questionCount,
		int timeLimitMinutes, int passMark, int maxAttempts, UUID courseId, String certificateType) {

	String title() {
		return Language.pick(titleZh, titleEn);
	}

	ExamView view() {
		return new ExamView(id, code, title(), bank, questionCount, timeLimitMinutes, passMark, maxAttempts, courseId,
				certificateType);
	}
}
