package io.renloop.attendance.internal;

import io.renloop.platform.TenantTransactions;
import io.renloop.training.CertificateExpired;
import io.renloop.training.CertificateRecorded;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Learns from training which certificates employees hold and until when: a recorded certificate (first or renewed)
 * and an expiry both land in attendance's own table, so that scheduling can warn without calling training. Idempotent:
 * the longest validity wins, however often and in whatever order the events arrive.
 */
@Component
class CertificatesHeld {

	private final ShiftCertificateStore store;

	private final TenantTransactions inTenant;

	private final Clock clock;

	CertificatesHeld(ShiftCertificateStore store, TenantTransactions inTenant, Clock clock) {
		this.store = store;
		this.inTenant = inTenant;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CertificateRecorded recorded) {
		inTenant.run(recorded.tenantId(), () -> store.holds(recorded.tenantId(), recorded.employeeId(),
				recorded.certificateType(), recorded.expiresOn(), clock.instant()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CertificateExpired expired) {
		inTenant.run(expired.tenantId(), () -> store.holds(expired.tenantId(), expired.employeeId(),
				expired.certificateType(), expired.expiresOn(), clock.instant()));
	}
}
