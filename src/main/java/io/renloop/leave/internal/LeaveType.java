package io.renloop.leave.internal;

import io.renloop.leave.DayBasis;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A tenant's own version of a leave type: a built-in one it changed, or one it added. */
@Entity
@Table(schema = "leave", name = "leave_type")
class LeaveType {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String code;

	private String nameZh;

	private String nameEn;

	private String unit;

	@Enumerated(EnumType.STRING)
	private DayBasis dayBasis;

	private boolean paid;

	private boolean hasBalance;

	@Version
	private Long version;

	protected LeaveType() {
	}

	LeaveType(String code) {
		this.id = UUID.randomUUID();
		this.code = code;
	}

	void define(String nameZh, String nameEn, String unit, DayBasis dayBasis, boolean paid, boolean hasBalance) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.unit = unit;
		this.dayBasis = dayBasis;
		this.paid = paid;
		this.hasBalance = hasBalance;
	}

	BuiltInTypes.Definition definition() {
		return new BuiltInTypes.Definition(code, nameZh, nameEn, unit, dayBasis, paid, hasBalance);
	}

	String code() {
		return code;
	}
}
