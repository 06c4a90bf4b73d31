package io.renloop.demo;

import io.renloop.onboarding.MakeOffer;
import io.renloop.onboarding.Offers;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the approval chains exist: offers for the first two demo applications at the interview stage, so that the
 * approvers' inboxes (the department head first) hold something on the first start. Runs once: a tenant with any
 * offer is left alone.
 */
@Component
@Order(2)
class DemoOffers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOffers.class);

	private static final int OFFERS = 2;

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Requisitions requisitions;

	private final Applications applications;

	private final Offers offers;

	private final Clock clock;

	DemoOffers(RenloopProperties properties, TenantAdministration administration, Requisitions requisitions,
			Applications applications, Offers offers, Clock clock) {
		this.properties = properties;
		this.administration = administration;
		this.requisitions = requisitions;
		this.applications = applications;
		this.offers = offers;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(DemoApprovals.TENANT).isEmpty()) {
			return;
		}
		SystemActor.runAs(DemoApprovals.TENANT, this::offerToInterviewedCandidates);
	}

	private void offerToInterviewedCandidates() {
		List<ApplicationSummary> all = requisitions.list(RequisitionStatus.OPEN, 0, 50)
			.content()
			.stream()
			.map(RequisitionView::id)
			.flatMap(requisition -> applications.ofRequisition(requisition).stream())
			.toList();
		// an offer moves its application out of the interview stage, so look for offers at every stage
		if (all.stream().anyMatch(application -> !offers.ofApplication(application.id()).isEmpty())) {
			log.info("Demo offers exist already");
			return;
		}
		List<ApplicationSummary> interviewed = all.stream()
			.filter(application -> application.stage() == ApplicationStage.INTERVIEWS)
			.toList();
		LocalDate start = LocalDate.now(clock).plusDays(21);
		log.info("Offering {} of {} demo applications at the interview stage", Math.min(OFFERS, interviewed.size()),
				interviewed.size());
		interviewed.stream()
			.limit(OFFERS)
			.forEach(application -> offers.make(application.id(), new MakeOffer(null, null, new BigDecimal("16000"),
					start, 3, "zh", start.minusDays(7), true, "演示数据 Demo data")));
	}
}
