package io.renloop.interview.web;

import io.renloop.interview.AiDecisionLog;
import io.renloop.interview.AiDecisionLog.AiDecision;
import io.renloop.platform.TenantTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
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

	private static final String CSV_HEADER = "scoredAt,sessionId,applicationId,requisitionId,questionId,dimension,"
			+ "score,level,flags,rubricVersion,scorerVersion";

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
		String body = Stream.concat(Stream.of(CSV_HEADER), decisions.stream().map(AiDecisionLogApiController::row))
			.collect(Collectors.joining("\r\n", "", "\r\n"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("ai-decision-log-" + start + "-" + end + ".csv")
				.build()
				.toString())
			.body(body);
	}

	private static String row(AiDecision d) {
		return Stream.of(d.scoredAt(), d.sessionId(), d.applicationId(), d.requisitionId(), d.questionId(),
				quoted(d.dimension()), d.score(), d.level(), quoted(String.join(" ", d.flags())), d.rubricVersion(),
				quoted(d.scorerVersion()))
			.map(value -> Objects.toString(value, ""))
			.collect(Collectors.joining(","));
	}

	/** CSV quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
	private static String quoted(String value) {
		if (value == null) {
			return "";
		}
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
