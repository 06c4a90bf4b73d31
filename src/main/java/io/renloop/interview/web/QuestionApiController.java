package io.renloop.interview.web;

import io.renloop.interview.AnswerScore;
import io.renloop.interview.AnswerScoring;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionDefinition;
import io.renloop.interview.QuestionFilter;
import io.renloop.interview.QuestionType;
import io.renloop.interview.QuestionView;
import io.renloop.interview.Rubric;
import io.renloop.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/interview/questions")
@Tag(name = "Interview questions", description = "The question bank with rubrics, key-point suggestions and score previews")
class QuestionApiController {

	private static final String READ = "hasAuthority('INTERVIEW_READ')";

	private static final String WRITE = "hasAuthority('INTERVIEW_WRITE')";

	private final QuestionBank bank;

	private final AnswerScoring scoring;

	QuestionApiController(QuestionBank bank, AnswerScoring scoring) {
		this.bank = bank;
		this.scoring = scoring;
	}

	@GetMapping
	@PreAuthorize(READ)
	@Operation(summary = "List the active questions, by dimension and key")
	PageView<QuestionView> list(@RequestParam(required = false) String dimension,
			@RequestParam(required = false) QuestionType type, @RequestParam(required = false) String language,
			@RequestParam(required = false) String jobFamily,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return bank.list(new QuestionFilter(dimension, type, language, jobFamily), page, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READ)
	@Operation(summary = "One question with its rubric")
	QuestionView get(@PathVariable UUID id) {
		return bank.get(id);
	}

	@PostMapping
	@PreAuthorize(WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a question", description = "Key-point weights must add up to 1 (±0.01); each level "
			+ "1–5 at most once; time limit 30–900 s; type BEHAVIOURAL, SITUATIONAL, TECHNICAL, SAFETY or KNOWLEDGE")
	QuestionView create(@Valid @RequestBody QuestionDefinition question) {
		return bank.create(question);
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITE)
	@Operation(summary = "Replace a question", description = "rubricVersion grows when the rubric, text, type or "
			+ "language changes")
	QuestionView update(@PathVariable UUID id, @Valid @RequestBody QuestionDefinition question) {
		return bank.update(id, question);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Archive a question", description = "It leaves the list but stays readable by id")
	void archive(@PathVariable UUID id) {
		bank.archive(id);
	}

	@PostMapping("/suggest-key-points")
	@PreAuthorize(WRITE)
	@Operation(summary = "Suggest weighted key points from a model answer", description = "Splits the answer into "
			+ "its sentences, numbered steps and enumerated items, merges near-duplicates, weights by content")
	List<Rubric.KeyPoint> suggest(@Valid @RequestBody ModelAnswer answer) {
		return bank.suggestKeyPoints(answer.text(), answer.language());
	}

	@PostMapping("/{id}/score-preview")
	@PreAuthorize(READ)
	@Operation(summary = "Score a sample answer as an interview would, storing nothing", description = "Level 1–5, "
			+ "score 0–100, key points with quotes, missing must-mention items, structure, specificity, relevance, flags")
	AnswerScore preview(@PathVariable UUID id, @Valid @RequestBody SampleAnswer answer) {
		return scoring.preview(id, answer.text());
	}

	/** A model answer in {@code zh} or {@code en}. */
	record ModelAnswer(@NotBlank @Size(max = 4000) String text, @NotNull @Pattern(regexp = "zh|en") String language) {
	}

	/** A sample answer; only its first part is scored, longer answers are flagged TOO_LONG. */
	record SampleAnswer(@NotNull @Size(max = 20000) String text) {
	}
}
