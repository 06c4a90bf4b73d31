package io.renloop.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Certificates and licences (特种作业操作证, 安全培训合格证...): the tenant's types, which positions require them, the
 * certificates each employee holds, and compliance — who is missing or about to lose what. Status is computed in the
 * tenant's time zone: EXPIRING within 30 days of the expiry, EXPIRED from the day after it.
 */
public interface Certificates {

	List<TypeView> types();

	TypeView saveType(String code, SaveType command);

	/** HR records a certificate with an optional scan (PDF or image, checked by content). */
	CertificateView add(AddCertificate command, Upload scan);

	/** An employee's certificates; 404 outside the caller's data scope. */
	List<CertificateView> of(UUID employeeId);

	List<CertificateView> mine();

	/**
	 * Every certificate of the tenant that expired before the day, in one read (for rebuilding read models); only for
	 * a caller who sees the whole tenant.
	 */
	List<CertificateView> expiredBefore(LocalDate day);

	/**
	 * Required and held certificates of the employees of a department (and below) that the caller may see, handed
	 * to {@code each} as they are read, in no particular order; audited as a sensitive read.
	 */
	void compliance(UUID departmentId, Consumer<ComplianceRow> each);

	/** {@link #compliance(UUID, Consumer)} as a list. */
	default List<ComplianceRow> compliance(UUID departmentId) {
		List<ComplianceRow> rows = new ArrayList<>();
		compliance(departmentId, rows::add);
		return rows;
	}

	/**
	 * The compliance page of a department (and below) within the caller's scope: the counts per type and status
	 * and one page (0-based) of the lines with the status, or of those that need action when it is null.
	 */
	ComplianceOverview overview(UUID departmentId, Status status, int page);

	/**
	 * Refills the current tenant's compliance read model — the learners from the employee directory, the latest
	 * certificates from all certificates — after an import that bypassed the application, or as a repair; audited.
	 */
	ComplianceRebuilt rebuildCompliance();

	/** The signed-in employee's internal certificate as a PDF carrying its verification code. */
	byte[] pdf(UUID certificateId);

	/** Public verification of an internal certificate by its code; empty for an unknown code. */
	Optional<Verified> verify(String code);

	enum Status {
		VALID, EXPIRING, EXPIRED, MISSING
	}

	/**
	 * @param validityMonths how long a newly issued certificate lasts, null for no expiry
	 * @param requiredFor the positions whose holders must have it
	 */
	record SaveType(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
			@Min(1) @Max(600) Integer validityMonths, @Size(max = 200) List<@NotNull UUID> requiredFor) {
	}

	record TypeView(String code, String name, String nameZh, String nameEn, Integer validityMonths,
			List<UUID> requiredFor) {
	}

	record AddCertificate(@NotNull UUID employeeId, @NotBlank @Size(max = 40) String type,
			@NotBlank @Size(max = 100) String number, @NotBlank @Size(max = 200) String issuer,
			@NotNull LocalDate issuedOn, LocalDate expiresOn) {
	}

	/**
	 * @param source HR, EXAM or ONBOARDING
	 * @param verifyCode the public verification code of an internal certificate, else null
	 */
	record CertificateView(UUID id, UUID employeeId, String type, String typeName, String number, String issuer,
			LocalDate issuedOn, LocalDate expiresOn, Status status, String source, boolean hasScan,
			String verifyCode) {
	}

	/** One line of the compliance view; {@code certificate} is the type's name in the reader's language. */
	record ComplianceRow(UUID employeeId, String employeeName, String certificateCode, String certificate,
			Status status, LocalDate expiresOn, boolean required) {
	}

	/**
	 * What a rebuild of the compliance read model wrote.
	 *
	 * @param learners employees who work here or will
	 * @param latestCertificates latest certificates, one per employee and type
	 * @param millis how long it took
	 */
	record ComplianceRebuilt(int learners, int latestCertificates, long millis) {
	}

	/** What the public verification page shows. */
	record Verified(String holder, String certificate, String number, String issuer, LocalDate issuedOn,
			LocalDate expiresOn, Status status) {
	}
}
