package io.renloop.interview.web;

import io.renloop.interview.AiDecisionLog;
import io.renloop.interview.AiDecisionLog.AiDecision;
import io.renloop.platform.TenantTime;
import io.renloop.platform.SpreadsheetFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "AI interviews", description = "Starting a candidate's AI interview and reading its report")
class AiDecisionLogApiController {

	private static final List<String> CSV_HEADER = List.of("scoredAt", "sessionId", "applicationId", "requisitionId",
			"questionId", "dimension", "score", "level", "flags", "rubricVersion", "scorerVersion");

	private final AiDecisionLog log;

	private final TenantTime tenantTime;

	AiDecisionLogApiController(AiDecisionLog log, TenantTime tenantTime) {
		this.log = log;
		this.tenantTime = tenantTime;
	}

	@GetMapping(path = "/api/v1/ai-interviews/decision-log", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Operation(summary = "Export the AI-decision log", description = "Every scored answer from `from` to `to` (days, "
			+ "inclusive, tenant time zone; default the last 12 months) with score, level, flags and the rubric and "
			+ "scorer versions that produced it; no answer texts or names. `format=csv` (or Accept: text/csv) gives a "
			+ "CSV file. At most 50,000 entries (409 beyond). The export is audited")
	ResponseEntity<?> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "json") String format,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		LocalDate end = to == null ? tenantTime.today() : to;
		LocalDate start = from == null ? end.minusMonths(12) : from;
		List<AiDecision> decisions = log.between(start, end);
		boolean csv = "csv".equalsIgnoreCase(format) || (accept != null && accept.startsWith("text/csv"));
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(decisions);
		}
		byte[] body = SpreadsheetFiles.csv(CSV_HEADER, decisions.stream().map(AiDecisionLogApiController::row).toList());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(SpreadsheetFiles.CSV_MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("ai-decision-log-" + start + "-" + end + ".csv")
				.build()
				.toString())
			.body(body);
	}

	private static List<String> row(AiDecision d) {
		return Stream.of(d.scoredAt(), d.sessionId(), d.applicationId(), d.requisitionId(), d.questionId(),
				d.dimension(), d.score(), d.level(), String.join(" ", d.flags()), d.rubricVersion(), d.scorerVersion())
			.map(value -> Objects.toString(value, ""))
			.toList();
	}
}
