package io.renloop.training.web;

import io.renloop.training.Certificates;
import io.renloop.training.Certificates.CertificateView;
import io.renloop.training.Enrolments;
import io.renloop.training.Enrolments.EnrolmentView;
import io.renloop.training.Enrolments.Progress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in employee's learning: enrolments, progress, classroom sign-in and certificates. */
@RestController
@Tag(name = "Training")
class MyTrainingApiController {

	private final Enrolments enrolments;

	private final Certificates certificates;

	MyTrainingApiController(Enrolments enrolments, Certificates certificates) {
		this.enrolments = enrolments;
		this.certificates = certificates;
	}

	@GetMapping("/api/v1/me/training/enrolments")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "My enrolments with progress", description = "404 for a login without an employee record")
	List<EnrolmentView> enrolments() {
		return enrolments.mine();
	}

	@PostMapping("/api/v1/me/training/enrolments/{id}/progress")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@Operation(summary = "Save where I stopped a video", description = "`{\"positionSeconds\",\"watchedSeconds\"}`: "
			+ "watched seconds never go down; the course completes when the minimum share was watched")
	EnrolmentView progress(@PathVariable UUID id, @Valid @RequestBody Progress progress) {
		return enrolments.recordProgress(id, progress);
	}

	@PostMapping("/api/v1/me/training/sign-in")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@Operation(summary = "Sign in to a classroom session", description = "`{\"token\"}` from the QR code the trainer "
			+ "shows; completes my enrolment in the session's course; 404 for an unknown token, 409 when I am not on "
			+ "the roster")
	EnrolmentView signIn(@Valid @RequestBody SignIn signIn) {
		return enrolments.signIn(signIn.token());
	}

	@GetMapping("/api/v1/me/training/certificates")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "My certificates with their status")
	List<CertificateView> certificates() {
		return certificates.mine();
	}

	@GetMapping("/api/v1/me/training/certificates/{id}/pdf")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "My internal certificate as a PDF", description = "Only certificates issued on a passed "
			+ "exam; carries the public verification code")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate-" + id + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(certificates.pdf(id));
	}

	record SignIn(@NotBlank @Size(max = 64) String token) {
	}
}
