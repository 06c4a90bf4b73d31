package io.renloop.integration.web;

import io.renloop.integration.DataImports;
import io.renloop.integration.ImportJobView;
import io.renloop.integration.ImportKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Import", description = "Bulk import of departments, positions and employees from Excel or CSV")
class ImportApiController {

	private static final String IMPORT = "hasAuthority('DATA_IMPORT')";

	private final DataImports imports;

	ImportApiController(DataImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(IMPORT)
	@Operation(summary = "Start an import job",
			description = "kind is departments, positions or employees; file is .xlsx, .xls or CSV (UTF-8 or "
					+ "GBK/GB18030) with a header row (English or Chinese column names). A dry run (the default) checks every row and "
					+ "saves nothing; a real run saves all rows or, when any row has a problem, none. Answers 202 "
					+ "with the job to poll.")
	ResponseEntity<JobStarted> start(@PathVariable String kind,
			@Parameter(description = "check only, save nothing") @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestPart("file") MultipartFile file) throws IOException {
		UUID jobId = imports.start(ImportKind.fromPath(kind), file.getOriginalFilename(), file.getBytes(), dryRun);
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/jobs/" + jobId)).body(new JobStarted(jobId));
	}

	@GetMapping("/jobs/{jobId}")
	@PreAuthorize(IMPORT)
	@Operation(summary = "Progress and outcome of an import job",
			description = "status is RUNNING, SUCCEEDED or FAILED; errors hold row, column, code and a message in the "
					+ "language of the user who started the job. Jobs of other tenants are not found.")
	ImportJobView job(@PathVariable UUID jobId) {
		return imports.job(jobId);
	}

	@GetMapping("/templates/{kind}.xlsx")
	@PreAuthorize(IMPORT)
	@Operation(summary = "An empty Excel template with the header row of the kind, in the caller's language")
	ResponseEntity<byte[]> template(@PathVariable String kind) {
		return Downloads.of(imports.template(ImportKind.fromPath(kind)));
	}

	/** @param jobId the job to poll at {@code /api/v1/imports/jobs/{jobId}} */
	record JobStarted(UUID jobId) {
	}
}
