package io.renloop.onboarding.web;

import io.renloop.onboarding.DocumentType;
import io.renloop.onboarding.NewHireContracts;
import io.renloop.onboarding.NewHireOnboarding;
import io.renloop.onboarding.OnboardingViews.ContractView;
import io.renloop.onboarding.OnboardingViews.DocumentView;
import io.renloop.onboarding.OnboardingViews.NewHireForm;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.platform.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

	private final NewHireContracts contracts;

	NewHireApiController(NewHireOnboarding onboarding, NewHireContracts contracts) {
		this.onboarding = onboarding;
		this.contracts = contracts;
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

	@GetMapping("/api/v1/onboarding/{token}/contract.pdf")
	@Operation(summary = "The labour contract", description = "Generated from the tenant's contract template, the offer's terms and the saved personal information (409 before); the signed PDF once signed")
	ResponseEntity<byte[]> contract(@PathVariable String token) {
		return Pdfs.inline("labour-contract.pdf", contracts.pdf(token));
	}

	@PostMapping("/api/v1/onboarding/{token}/contract/accept")
	@Operation(summary = "Accept the labour contract", description = "Sends a six-digit one-time code (10 minutes) by e-mail and SMS; 409 before the personal information was saved or once signed, 423 when locked")
	ContractView acceptContract(@PathVariable String token, HttpServletRequest request) {
		return contracts.accept(token, ClientAddress.of(request));
	}

	@PostMapping("/api/v1/onboarding/{token}/contract/confirm")
	@Operation(summary = "Confirm with the code: the contract is signed", description = "PAdES-signed by the tenant's certificate with a signature record page; 400 wrong code (attempts left), 409 no code pending or already used, 410 expired, 423 locked after five wrong codes")
	ContractView confirmContract(@PathVariable String token, @RequestBody(required = false) CodeConfirmation body,
			HttpServletRequest request) {
		return contracts.confirm(token, body == null ? null : body.code(), ClientAddress.of(request));
	}

	/** The one-time code the new hire received. */
	record CodeConfirmation(String code) {
	}

	@PostMapping("/api/v1/onboarding/{token}/submit")
	@Operation(summary = "Submit to HR", description = "409 before the personal information was saved, before the labour contract was signed or after submission; the identity and education checks run afterwards")
	NewHireForm submit(@PathVariable String token) {
		return onboarding.submit(token);
	}
}
