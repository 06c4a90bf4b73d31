package io.renloop.fairness.web;

import io.renloop.fairness.AgeBand;
import io.renloop.fairness.Gender;
import io.renloop.fairness.SelfReports;
import io.renloop.fairness.SelfReports.SelfReportForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's voluntary self-report, reached with the token of their interview link. */
@RestController
@RequestMapping("/api/v1/candidate-interview/{token}/self-report")
@Tag(name = "Candidate self-report", description = "Voluntary, used only for the fairness report; public, "
		+ "authenticated by the signed token of the interview link")
class SelfReportApiController {

	private final SelfReports reports;

	SelfReportApiController(SelfReports reports) {
		this.reports = reports;
	}

	@GetMapping
	@Operation(summary = "The self-report form in the interview's language", description = "Labels, options and "
			+ "whether the candidate already answered; never the answers")
	SelfReportForm form(@PathVariable String token) {
		return reports.form(token);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Save the self-report", description = "gender FEMALE, MALE, OTHER or PREFER_NOT_TO_SAY; "
			+ "ageBand UNDER_25, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_54, FROM_55 or PREFER_NOT_TO_SAY; a missing "
			+ "answer counts as prefer not to say. Stored encrypted; answering again replaces the answers.")
	void submit(@PathVariable String token, @RequestBody(required = false) Answers answers) {
		reports.submit(token, answers == null ? null : answers.gender(), answers == null ? null : answers.ageBand());
	}

	record Answers(Gender gender, AgeBand ageBand) {
	}
}
