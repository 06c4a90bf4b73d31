package io.renloop.recruitment.web;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.ResumeParser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/resumes")
@Tag(name = "Resumes", description = "Resume parsing; nothing is stored")
class ResumeApiController {

	private final ResumeParser parser;

	ResumeApiController(ResumeParser parser) {
		this.parser = parser;
	}

	@PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('RESUME_PARSE')")
	@Operation(summary = "Parse a resume file", description = "PDF, DOCX, DOC or TXT up to 10 MB in the part "
			+ "\"file\"; gender, ethnicity, age and birth date, marital status, political affiliation and photos "
			+ "are dropped; entity offsets are into the extracted text")
	ParsedResume parseFile(@RequestPart(name = "file", required = false) MultipartFile file) {
		if (file == null) {
			throw InvalidFieldsException.of("file", "resume.file.required");
		}
		if (file.getSize() > ResumeParser.MAX_FILE_BYTES) {
			throw new io.renloop.platform.BusinessRuleException(413, "resume.file.tooLarge",
					ResumeParser.MAX_FILE_BYTES / (1024 * 1024));
		}
		try {
			return parser.parse(new ResumeFile(file.getOriginalFilename(), file.getBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping(path = "/parse", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('RESUME_PARSE')")
	@Operation(summary = "Parse resume text", description = "{\"text\": \"...\"} up to 200,000 characters; entity "
			+ "offsets are into the text as sent")
	ParsedResume parseText(@RequestBody ParseText request) {
		return parser.parse(request.text());
	}

	/** @param text the resume as plain text */
	record ParseText(String text) {
	}
}
