package io.renloop.offboarding.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One reason of the tenant's list for leaving, e.g. PAY (薪酬) or CAREER (职业发展). */
@Entity
@Table(schema = "offboarding", name = "exit_reason")
class ExitReason {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String code;

	private String nameZh;

	private String nameEn;

	private int sortOrder;

	protected ExitReason() {
	}

	ExitReason(String code, String nameZh, String nameEn, int sortOrder) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
	}

	String code() { return code; }

	String name(boolean chinese) { return chinese ? nameZh : nameEn; }
}
