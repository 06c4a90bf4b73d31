package io.renloop.recruitment.web;

import io.renloop.recruitment.CandidateImports;
import io.renloop.recruitment.CandidateImports.StartImport;
import io.renloop.recruitment.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Applications")
class CandidateImportApiController {

	private final CandidateImports imports;

	CandidateImportApiController(CandidateImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/candidates/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Upload many resumes to an open requisition", description = "Multipart: the resumes (PDF, "
			+ "DOCX, DOC, TXT) in parts named \"files[]\" (or \"files\"), at most 500 files and 50 MB together, plus "
			+ "requisitionId, channel and consent=true (the uploader confirms that the candidates consented through "
			+ "the channel). Answers 202 {\"jobId\"}; each file then becomes an application in the background, "
			+ "name, phone and e-mail read from the resume. Poll GET /api/v1/jobs/{jobId}")
	Map<String, UUID> start(@RequestParam(name = "files[]", required = false) List<MultipartFile> files,
			@RequestParam(name = "files", required = false) List<MultipartFile> plainFiles,
			@RequestParam(required = false) UUID requisitionId, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "false") boolean consent) {
		UUID jobId = imports.start(new StartImport(requisitionId, channel, consent), UploadedFiles.of(files, plainFiles));
		return Map.of("jobId", jobId);
	}
}
