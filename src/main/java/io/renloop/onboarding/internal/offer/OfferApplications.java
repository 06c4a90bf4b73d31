package io.renloop.onboarding.internal.offer;

import io.renloop.platform.NotFoundException;
import io.renloop.recruitment.ApplicationViews.ApplicationDetails;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.Matches;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds an application of the current tenant through recruitment's public API: its candidate first, then the
 * candidate's applications. Unknown applications and those of other tenants raise {@code NotFoundException}.
 */
@Component
class OfferApplications {

	private final Applications applications;

	private final Matches matches;

	OfferApplications(Applications applications, Matches matches) {
		this.applications = applications;
		this.matches = matches;
	}

	ApplicationSummary find(UUID applicationId) {
		UUID candidateId = matches.ofApplication(applicationId).candidateId();
		return applications.candidate(candidateId)
			.applications()
			.stream()
			.map(ApplicationDetails::application)
			.filter(a -> a.id().equals(applicationId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
	}
}
