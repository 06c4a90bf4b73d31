package io.renloop.training.web;

import io.renloop.training.Exams;
import io.renloop.training.Exams.AttemptView;
import io.renloop.training.Exams.ExamView;
import io.renloop.training.Exams.ResultView;
import io.renloop.training.Exams.SaveExam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Exams: created by training administrators, taken by the signed-in employee. */
@RestController
@Tag(name = "Training")
class ExamApiController {

	private final Exams exams;

	ExamApiController(Exams exams) {
		this.exams = exams;
	}

	@GetMapping("/api/v1/training/exams")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "The exams")
	List<ExamView> exams() {
		return exams.exams();
	}

	@PostMapping("/api/v1/training/exams")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an exam and add its questions to the bank", description = "`{\"code\",\"titleZh\","
			+ "\"titleEn\",\"bank\",\"questionCount\",\"timeLimitMinutes\",\"passMark\",\"maxAttempts\",\"courseId\","
			+ "\"certificateType\",\"questions\":[{\"kind\":\"SINGLE|MULTIPLE|TRUE_FALSE|FILL_IN\",\"text\","
			+ "\"options\",\"answer\",\"explanation\"}]}`; 400 when the bank has fewer questions than the exam asks")
	ExamView create(@Valid @RequestBody SaveExam command) {
		return exams.create(command);
	}

	@PostMapping("/api/v1/me/training/exams/{id}/attempts")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start (or resume) an attempt", description = "Questions drawn at random from the bank, "
			+ "without answers; 409 after a pass or when no attempt is left")
	AttemptView start(@PathVariable UUID id) {
		return exams.start(id);
	}

	@PostMapping("/api/v1/me/training/attempts/{id}/submit")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@Operation(summary = "Submit an attempt's answers", description = "`{\"answers\":{\"<questionId>\":\"answer\"}}`"
			+ ": graded at once; wrong answers come back with the right answer and the explanation; a pass issues the "
			+ "exam's certificate (with its public verification code) and completes its course; 409 after the time "
			+ "limit")
	ResultView submit(@PathVariable UUID id, @Valid @RequestBody Answers answers) {
		return exams.submit(id, answers.answers());
	}

	record Answers(@NotNull @Size(max = 500) Map<UUID, @Size(max = 500) String> answers) {
	}
}
