package io.renloop.training.internal.certificate;

import io.renloop.employee.EmployeeTimeline;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTime;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Issues the internal certificate of a passed exam: numbered, valid for its type's months, verifiable on a public
 * page by a random code, and written on the employee's timeline.
 */
@Component
public class CertificateIssuer {

	private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CertificateStore certificates;

	private final TypeStore types;

	private final EmployeeTimeline timeline;

	private final AuditTrail audit;

	private final TenantTime time;

	CertificateIssuer(CertificateStore certificates, TypeStore types, EmployeeTimeline timeline, AuditTrail audit,
			TenantTime time) {
		this.certificates = certificates;
		this.types = types;
		this.timeline = timeline;
		this.audit = audit;
		this.time = time;
	}

	/** The new certificate's id and verification code; nothing when the type is unknown. */
	public java.util.Optional<Issued> issue(UUID employeeId, String typeCode, String examTitle) {
		return types.find(typeCode).map(type -> {
			LocalDate today = time.today();
			String code = verifyCode();
			LocalDate expires = type.validityMonths() == null ? null : today.plusMonths(type.validityMonths());
			UUID id = certificates.insert(new Certificate(null, employeeId, typeCode, "RL-" + code, examTitle, today,
					expires, "EXAM", null, code), null, time.clock().instant());
			timeline.append(employeeId, today, "CERTIFICATE", "training",
					"获得证书 Certificate · " + type.nameZh() + " / " + type.nameEn(),
					Map.of("certificateId", id, "type", typeCode));
			audit.recordChange("ISSUE", "TrainingCertificate", id, null, Map.of("employee", employeeId, "type",
					typeCode, "expiresOn", String.valueOf(expires)));
			return new Issued(id, code);
		});
	}

	static String verifyCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}

	public record Issued(UUID certificateId, String verifyCode) {
	}
}
