package io.renloop.recruitment.web;

import io.renloop.platform.AmountLimits;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.ResumeParser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook job boards (猎聘, BOSS直聘, 前程无忧...) or their connectors call with new applicants. It is
 * authenticated like the rest of the API: a personal access token of a recruiter, narrowed to the scope
 * RECRUITMENT_WRITE, sent as {@code Authorization: Bearer rl_...}.
 */
@RestController
@Tag(name = "Applications")
class InboundApplicationController {

	/** Base64 needs 4 characters for every 3 bytes. */
	private static final long MAX_BASE64_CHARS = ResumeParser.MAX_FILE_BYTES / 3 * 4 + 4;

	private final Applications applications;

	InboundApplicationController(Applications applications) {
		this.applications = applications;
	}

	@PostMapping("/api/v1/applications/inbound")
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Receive an application from a job board", description = "Authenticate with a recruiter's "
			+ "access token with scope RECRUITMENT_WRITE. The resume is {\"fileBase64\", \"fileName\"} (PDF, DOCX, DOC or "
			+ "TXT up to 10 MB) or {\"text\"}; invalid base64 is a 400 and an unreadable file a 413/415/422, with "
			+ "nothing saved. Duplicates are recognized as for POST /api/v1/requisitions/{id}/applications")
	ApplicationReceipt receive(@Valid @RequestBody Inbound inbound) {
		Contact contact = inbound.candidate() == null ? new Contact(null, null, null) : inbound.candidate();
		Resume resume = inbound.resume() == null ? new Resume(null, null, null) : inbound.resume();
		Apply command = new Apply(contact.name(), contact.phone(), contact.email(), resume.text(), inbound.channel(),
				inbound.cost(), inbound.consent());
		if (resume.fileBase64() == null || resume.fileBase64().isBlank()) {
			return applications.apply(inbound.requisitionId(), command);
		}
		return applications.apply(inbound.requisitionId(), command,
				new ResumeFile(resume.fileName(), decode(resume.fileBase64())));
	}

	private static byte[] decode(String base64) {
		if (base64.length() > MAX_BASE64_CHARS) {
			throw new BusinessRuleException(413, "resume.file.tooLarge", ResumeParser.MAX_FILE_BYTES / (1024 * 1024));
		}
		try {
			// Strict decoding: the MIME decoder would silently skip characters that are not base64.
			return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidFieldsException.of("resume.fileBase64", "recruitment.inbound.badBase64");
		}
	}

	/**
	 * @param requisitionId the OPEN requisition applied to
	 * @param channel the job board
	 * @param cost what the board charged, or null
	 * @param candidate contact details; missing ones are read from the resume
	 * @param resume the resume as a file or as text
	 * @param consent whether the candidate consented to the processing of their data; must be true
	 */
	record Inbound(@NotNull UUID requisitionId, @NotNull Channel channel,
			@PositiveOrZero @Digits(integer = AmountLimits.AMOUNT_DIGITS,
					fraction = AmountLimits.FRACTION_DIGITS) BigDecimal cost, @Valid Contact candidate,
			@Valid Resume resume, boolean consent) {
	}

	record Contact(@Size(max = 200) String name, @Size(max = 40) String phone, @Email @Size(max = 254) String email) {
	}

	record Resume(String fileBase64, @Size(max = 255) String fileName, @Size(max = 200_000) String text) {
	}
}
