package io.renloop.training.web;

import io.renloop.training.CertificateExpiryScan;
import io.renloop.training.CertificateExpiryScan.ScanResult;
import io.renloop.training.Certificates;
import io.renloop.training.Certificates.AddCertificate;
import io.renloop.training.Certificates.CertificateView;
import io.renloop.training.Certificates.ComplianceRebuilt;
import io.renloop.training.Certificates.ComplianceRow;
import io.renloop.training.Certificates.SaveType;
import io.renloop.training.Certificates.TypeView;
import io.renloop.training.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** Certificate types, employees' certificates and the compliance view. */
@RestController
@Tag(name = "Training")
class CertificateApiController {

	private final Certificates certificates;

	private final CertificateExpiryScan expiryScan;

	private final JsonMapper json;

	CertificateApiController(Certificates certificates, CertificateExpiryScan expiryScan, JsonMapper json) {
		this.certificates = certificates;
		this.expiryScan = expiryScan;
		this.json = json;
	}

	@GetMapping("/api/v1/training/certificate-types")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "The tenant's certificate and licence types", description = "With the positions that "
			+ "require each")
	List<TypeView> types() {
		return certificates.types();
	}

	@PutMapping("/api/v1/training/certificate-types/{code}")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@Operation(summary = "Create or change a certificate type", description = "`{\"nameZh\",\"nameEn\","
			+ "\"validityMonths\",\"requiredFor\":[positionId]}`")
	TypeView saveType(@PathVariable String code, @Valid @RequestBody SaveType command) {
		return certificates.saveType(code, command);
	}

	@PostMapping(path = "/api/v1/training/certificates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an employee's certificate with its scan", description = "Form fields employeeId, "
			+ "type, number, issuer, issuedOn, expiresOn and an optional file `scan` (PDF, JPEG or PNG by content; "
			+ "413 above the size limit, 415 for another type); 409 for a number recorded before")
	CertificateView add(@Valid @ModelAttribute AddCertificate command,
			@RequestPart(name = "scan", required = false) MultipartFile scan) throws IOException {
		return certificates.add(command, scan == null || scan.isEmpty() ? null
				: new Upload(scan.getOriginalFilename(), scan.getInputStream()));
	}

	@PostMapping("/api/v1/training/certificates/expiry-scan")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@Operation(summary = "Run today's expiry scan now", description = "The scan that runs every morning: reminders "
			+ "90, 30 and 7 days before a certificate expires and CertificateExpired the day after, each once per "
			+ "certificate, so running it again the same day sends nothing more. Answers `{\"date\",\"reminded\","
			+ "\"expired\",\"millis\"}`; audited")
	ScanResult scanExpiries() {
		return expiryScan.scanNow();
	}

	@GetMapping("/api/v1/training/certificates")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "An employee's certificates with their status", description = "VALID, EXPIRING (within 30 "
			+ "days), EXPIRED, in the tenant's zone; 404 outside the caller's data scope")
	List<CertificateView> of(@RequestParam UUID employeeId) {
		return certificates.of(employeeId);
	}

	@GetMapping("/api/v1/training/compliance")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "Who is missing or about to lose which certificate", description = "`[{\"employeeId\","
			+ "\"certificate\",\"status\":\"VALID|EXPIRING|EXPIRED|MISSING\",\"expiresOn\"}]` for the employees of "
			+ "the department and below (all without departmentId) within the caller's data scope: every certificate "
			+ "their position requires (required = true) and every other they hold")
	void compliance(@RequestParam(required = false) UUID departmentId, HttpServletResponse response) {
		StreamedJsonArray<ComplianceRow> lines = new StreamedJsonArray<>(json, ComplianceRow.class, response);
		certificates.compliance(departmentId, lines::add);
		lines.finish();
	}

	@PostMapping("/api/v1/training/compliance/rebuild")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@Operation(summary = "Rebuild the compliance view's read model", description = "Refills the tenant's learners "
			+ "from the employee directory and each employee's latest certificate per type from all certificates: "
			+ "after an import that wrote employees or certificates around the application, or as a repair. Answers "
			+ "`{\"learners\",\"latestCertificates\",\"millis\"}`; audited")
	ComplianceRebuilt rebuildCompliance() {
		return certificates.rebuildCompliance();
	}
}
