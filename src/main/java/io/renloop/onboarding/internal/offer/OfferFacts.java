package io.renloop.onboarding.internal.offer;

import io.renloop.organization.Organization;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.Applications;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The names an offer shows (candidate, position, department, company), read through the owning modules' APIs. */
@Component
class OfferFacts {

	private final Applications applications;

	private final Organization organization;

	private final TenantAdministration tenants;

	OfferFacts(Applications applications, Organization organization, TenantAdministration tenants) {
		this.applications = applications;
		this.organization = organization;
		this.tenants = tenants;
	}

	Names of(Offer offer) {
		return new Names(applications.candidate(offer.candidateId()).name(),
				organization.position(offer.positionId()).name(), organization.department(offer.departmentId()).name(),
				companyName());
	}

	String companyName() {
		String tenant = TenantContext.require();
		return tenants.tenant(tenant).map(TenantAdministration.TenantView::name).orElse(tenant);
	}

	ZoneId zone() {
		return tenants.tenant(TenantContext.require())
			.map(TenantAdministration.TenantView::timeZone)
			.map(ZoneId::of)
			.orElse(ZoneId.of("Asia/Shanghai"));
	}

	record Names(String candidate, String position, String department, String company) {
	}
}
