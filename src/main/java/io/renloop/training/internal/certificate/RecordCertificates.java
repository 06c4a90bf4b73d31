package io.renloop.training.internal.certificate;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeRecords;
import io.renloop.employee.Employees;
import io.renloop.platform.TenantTransactions;
import io.renloop.platform.TenantTime;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Takes over the certificates a new employee brought (entered on the record at onboarding) whose names match one of
 * the tenant's certificate types, so that compliance and reminders see them from the first day (ADR 0024).
 * Idempotent: a certificate of the same type and number is not added twice.
 */
@Component
class RecordCertificates {

	private final Employees employees;

	private final TypeStore types;

	private final CertificateStore certificates;

	private final TenantTransactions inTenant;

	private final TenantTime time;

	RecordCertificates(Employees employees, TypeStore types, CertificateStore certificates,
			TenantTransactions inTenant, TenantTime time) {
		this.employees = employees;
		this.types = types;
		this.certificates = certificates;
		this.inTenant = inTenant;
		this.time = time;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeHired hired) {
		inTenant.run(hired.tenantId(), () -> {
			Map<String, String> codeByName = types.all().stream()
				.flatMap(t -> java.util.stream.Stream.of(Map.entry(key(t.nameZh()), t.code()),
						Map.entry(key(t.nameEn()), t.code())))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
			if (codeByName.isEmpty()) {
				return;
			}
			EmployeeDetails employee = employees.get(hired.employeeId());
			for (EmployeeRecords.Certificate held : employee.certificates()) {
				String code = codeByName.get(key(held.name()));
				String number = held.number() == null || held.number().isBlank() ? "—" : held.number().strip();
				if (code == null || certificates.exists(employee.id(), code, number)) {
					continue;
				}
				certificates.insert(new Certificate(null, employee.id(), code, number, "—",
						held.issuedOn() == null ? hired.hireDate() : held.issuedOn(), held.expiresOn(), "ONBOARDING",
						null, null), null, time.clock().instant());
			}
		});
	}

	private static String key(String name) {
		return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
	}
}
