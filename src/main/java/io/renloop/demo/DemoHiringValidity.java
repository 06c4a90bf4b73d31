package io.renloop.demo;

import io.renloop.analytics.HiringOutcomes;
import io.renloop.interview.InterviewScored;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Synthetic hiring history for the hiring-validity page (labelled as demo there): 48 采矿工程师 and 14 安全工程师 hired
 * in 2024 and the first half of 2025, each with AI-interview scores in three dimensions, and quarterly performance
 * results from 2024 to 2025. 逻辑思维 drives later performance (a correlation of about 0.4, as seed 001 observed),
 * 安全意识 and 沟通表达 do not. Recorded through analytics' own {@link HiringOutcomes}, the code path of its event
 * listeners, without publishing the events: onboarding and payroll would act on hires that never happened. A fixed
 * seed gives fixed ids, so a second start-up records the same facts again, which changes nothing.
 */
@Component
@Order(7)
class DemoHiringValidity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHiringValidity.class);

	static final String LOGIC = "逻辑思维";

	private static final LocalDate FIRST_HIRE = LocalDate.of(2024, 1, 8);

	private static final int QUARTERS = 8;

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final HiringOutcomes outcomes;

	DemoHiringValidity(RenloopProperties properties, TenantAdministration administration, Organization organization,
			HiringOutcomes outcomes) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.outcomes = outcomes;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(DemoApprovals.TENANT).isEmpty()) {
			return;
		}
		Random random = new Random(20261207L);
		List<Hire> hires = new ArrayList<>();
		SystemActor.runAs(DemoApprovals.TENANT, () -> {
			hires.addAll(hire(random, "MINING-ENG", 48));
			hires.addAll(hire(random, "SAFETY-ENG", 14));
		});
		publishQuarters(random, hires);
		log.info("Seeded demo hiring history: {} hires with interview scores and performance results", hires.size());
	}

	/** A hire's latent performance, to which every later result adds noise. */
	private record Hire(UUID employeeId, LocalDate hireDate, double performance) {
	}

	private List<Hire> hire(Random random, String positionCode, int count) {
		PositionView position = organization.positionByCode(positionCode).orElse(null);
		List<Hire> hires = new ArrayList<>();
		for (int i = 0; position != null && i < count; i++) {
			double logic = random.nextGaussian();
			// performance = 0.4·logic + √(1 − 0.16)·noise: a correlation of 0.4 with the logic score
			double performance = 0.4 * logic + Math.sqrt(0.84) * random.nextGaussian();
			Map<String, Double> scores = Map.of(LOGIC, score(70 + 10 * logic), "安全意识",
					score(72 + 9 * random.nextGaussian()), "沟通表达", score(68 + 11 * random.nextGaussian()));
			UUID application = id(random);
			UUID candidate = id(random);
			UUID offer = id(random);
			UUID employee = id(random);
			LocalDate hired = FIRST_HIRE.plusDays(random.nextInt(540));
			outcomes.interviewScored(new InterviewScored(DemoApprovals.TENANT, application, candidate, id(random),
					scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0), scores, List.of()));
			outcomes.offerAccepted(new OfferAccepted(DemoApprovals.TENANT, offer, application, candidate, id(random),
					id(random), position.id(), new BigDecimal("15000.00"), hired, 3,
					hired.minusDays(14).atStartOfDay().toInstant(ZoneOffset.ofHours(8))));
			outcomes.hired(new OnboardingCompleted(DemoApprovals.TENANT, id(random), offer, employee, hired));
			hires.add(new Hire(employee, hired, performance));
		}
		return hires;
	}

	/** One cycle per quarter of 2024 and 2025 with a result for everyone hired before its end. */
	private void publishQuarters(Random random, List<Hire> hires) {
		for (int q = 0; q < QUARTERS; q++) {
			LocalDate start = LocalDate.of(2024, 1, 1).plusMonths(3L * q);
			LocalDate end = start.plusMonths(3).minusDays(1);
			List<PerformanceResultsPublished.Result> results = new ArrayList<>();
			for (Hire hire : hires) {
				if (hire.hireDate().isBefore(end)) {
					BigDecimal score = BigDecimal.valueOf(clamp(75 + 9 * hire.performance() + 3 * random.nextGaussian()))
						.setScale(2, RoundingMode.HALF_UP);
					results.add(new PerformanceResultsPublished.Result(hire.employeeId(), grade(score), score, List.of()));
				}
			}
			int year = start.getYear();
			int quarter = start.getMonthValue() / 3 + 1;
			outcomes.resultsPublished(new PerformanceResultsPublished(DemoApprovals.TENANT, id(random),
					year + " Q" + quarter + " 绩效（演示）", start, end,
					end.plusDays(20).atStartOfDay().toInstant(ZoneOffset.ofHours(8)), results));
		}
	}

	private static String grade(BigDecimal score) {
		double value = score.doubleValue();
		return value >= 90 ? "S" : value >= 82 ? "A" : value >= 65 ? "B" : value >= 55 ? "C" : "D";
	}

	private static double score(double value) {
		return Math.round(clamp(value) * 10) / 10.0;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(100, value));
	}

	private static UUID id(Random random) {
		return new UUID(random.nextLong(), random.nextLong());
	}
}
