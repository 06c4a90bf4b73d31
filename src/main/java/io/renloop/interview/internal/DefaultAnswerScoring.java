package io.renloop.interview.internal;

import io.renloop.interview.AnswerScore;
import io.renloop.interview.AnswerScoring;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.internal.scoring.RubricScorer;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class DefaultAnswerScoring implements AnswerScoring {

	private final QuestionBank bank;

	private final RubricScorer scorer;

	DefaultAnswerScoring(QuestionBank bank, RubricScorer scorer) {
		this.bank = bank;
		this.scorer = scorer;
	}

	@Override
	public AnswerScore preview(UUID questionId, String answer) {
		return scorer.score(bank.get(questionId), answer);
	}
}
