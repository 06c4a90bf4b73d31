package io.renloop.onboarding.web;

import io.renloop.onboarding.DocumentType;
import io.renloop.onboarding.NewHireOnboarding;
import io.renloop.onboarding.OnboardingViews.DocumentView;
import io.renloop.onboarding.OnboardingViews.NewHireForm;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.platform.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The new hire's phone pages as an API, authenticated by the token of their link alone (no login). */
@RestController
@Tag(name = "New hire onboarding", description = "The new hire's form, documents and submission; public, guarded by the link's token")
class NewHireApiController {

	private final NewHireOnboarding onboarding;

	NewHireApiController(NewHireOnboarding onboarding) {
		this.onboarding = onboarding;
	}

	@GetMapping("/api/v1/onboarding/{token}")
	@Operation(summary = "The new hire's form", description = "Pre-filled from the candidacy until the new hire saved their own information; 404 for an unknown token")
	NewHireForm form(@PathVariable String token) {
		return onboarding.form(token);
	}

	@PutMapping("/api/v1/onboarding/{token}/personal-info")
	@Operation(summary = "Save personal information", description = "All or nothing: 400 with one error per invalid field (PRC resident ID with GB 11643 checksum, passport, bank card by Luhn, phones, e-mail); 409 once submitted")
	NewHireForm savePersonalInfo(@PathVariable String token, @Valid @RequestBody PersonalInfo info) {
		return onboarding.savePersonalInfo(token, info);
	}

	@PostMapping("/api/v1/onboarding/{token}/documents")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a document", description = "Multipart: field file, and type ID_CARD, DEGREE, CERTIFICATE, PHOTO or OTHER; PDF, JPEG or PNG by content, at most 10 MB (413, 415 otherwise)")
	DocumentView upload(@PathVariable String token, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "type", defaultValue = "OTHER") String type) {
		DocumentType documentType;
		try {
			documentType = DocumentType.valueOf(type.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException(400, "onboarding.document.unknownType", type);
		}
		try {
			return file == null ? onboarding.addDocument(token, documentType, null, null)
					: onboarding.addDocument(token, documentType, file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/api/v1/onboarding/{token}/submit")
	@Operation(summary = "Submit to HR", description = "409 before the personal information was saved or after submission; the identity and education checks run afterwards")
	NewHireForm submit(@PathVariable String token) {
		return onboarding.submit(token);
	}
}
