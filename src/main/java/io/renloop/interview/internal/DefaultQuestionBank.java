package io.renloop.interview.internal;

import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionDefinition;
import io.renloop.interview.QuestionFilter;
import io.renloop.interview.QuestionView;
import io.renloop.interview.Rubric;
import io.renloop.interview.internal.scoring.KeyPointSuggester;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.shared.PageView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class DefaultQuestionBank implements QuestionBank {

	private static final Logger log = LoggerFactory.getLogger(DefaultQuestionBank.class);

	private static final String ENTITY = "InterviewQuestion";

	private final Questions questions;

	private final KeyPointSuggester suggester;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Validator validator;

	private final Clock clock;

	DefaultQuestionBank(Questions questions, KeyPointSuggester suggester, AuditTrail audit, JsonMapper json,
			Validator validator, Clock clock) {
		this.validator = validator;
		this.questions = questions;
		this.suggester = suggester;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public PageView<QuestionView> list(QuestionFilter filter, int page, int size) {
		Page<Question> found = questions.findAll(Questions.matching(filter),
				PageRequest.of(page, size, Sort.by("dimension", "questionKey")));
		return PageView.of(found.getContent().stream().map(this::view).toList(), page, size, found.getTotalElements());
	}

	@Override
	public QuestionView get(UUID id) {
		return view(existing(id));
	}

	@Override
	@Transactional
	public QuestionView create(QuestionDefinition definition) {
		RubricRules.check(definition);
		String key = definition.key() == null || definition.key().isBlank()
				? "Q-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() : definition.key().strip();
		if (questions.existsByQuestionKey(key)) {
			throw InvalidFieldsException.of("key", "interview.question.keyTaken", key);
		}
		Question question = new Question(key, clock.instant());
		fill(question, definition);
		questions.save(question);
		audit.recordChange("CREATE", ENTITY, question.id(), null, snapshot(question));
		return view(question);
	}

	@Override
	@Transactional
	public QuestionView update(UUID id, QuestionDefinition definition) {
		Question question = existing(id);
		RubricRules.check(definition);
		if (definition.key() != null && !definition.key().isBlank() && !definition.key().strip().equals(question.key())) {
			throw InvalidFieldsException.of("key", "interview.question.keyFixed", question.key());
		}
		String before = snapshot(question);
		fill(question, definition);
		audit.recordChange("UPDATE", ENTITY, id, before, snapshot(question));
		return view(question);
	}

	@Override
	@Transactional
	public void archive(UUID id) {
		Question question = existing(id);
		String before = snapshot(question);
		question.archive(clock.instant());
		audit.recordChange("ARCHIVE", ENTITY, id, before, snapshot(question));
	}

	@Override
	@Transactional
	public int importQuestions(List<QuestionDefinition> definitions) {
		int added = 0;
		for (QuestionDefinition definition : definitions) {
			if (definition.key() == null || questions.existsByQuestionKey(definition.key().strip())) {
				continue;
			}
			Set<ConstraintViolation<QuestionDefinition>> violations = validator.validate(definition);
			if (!violations.isEmpty()) {
				log.warn("Question {} not imported: {}", definition.key(), violations.stream()
					.map(v -> v.getPropertyPath() + " " + v.getMessage())
					.toList());
				continue;
			}
			try {
				create(definition);
				added++;
			}
			catch (InvalidFieldsException ex) {
				log.warn("Question {} not imported: {}", definition.key(), ex.getMessage());
			}
		}
		return added;
	}

	@Override
	public List<Rubric.KeyPoint> suggestKeyPoints(String modelAnswer, String language) {
		return suggester.suggest(modelAnswer, "zh".equals(language));
	}

	private void fill(Question question, QuestionDefinition definition) {
		boolean rubricChanged = question.rubric() == null
				|| !json.readValue(question.rubric(), Rubric.class).equals(definition.rubric());
		question.replace(blankToNull(definition.jobFamily()), definition.dimension().strip(), definition.type(),
				definition.language(), definition.text().strip(), json.writeValueAsString(definition.rubric()),
				rubricChanged, definition.timeLimitSeconds(), clock.instant());
	}

	private Question existing(UUID id) {
		return questions.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private String snapshot(Question question) {
		return json.writeValueAsString(view(question));
	}

	private QuestionView view(Question question) {
		return new QuestionView(question.id(), question.key(), question.jobFamily(), question.dimension(),
				question.type(), question.language(), question.text(), json.readValue(question.rubric(), Rubric.class),
				question.timeLimitSeconds(), question.rubricVersion(), question.archived(), question.updatedAt());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
