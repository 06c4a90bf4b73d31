package io.renloop.demo;

import io.renloop.analytics.WorkforcePlans;
import io.renloop.analytics.WorkforcePlans.Goal;
import io.renloop.analytics.WorkforcePlans.OutputDriver;
import io.renloop.analytics.WorkforcePlans.RatioRule;
import io.renloop.analytics.WorkforcePlans.SavePlan;
import io.renloop.analytics.WorkforcePlans.Share;
import io.renloop.organization.Organization;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.TenantAdministration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo's workforce plan for 2027: the mines add 300 万吨 of capacity (1200 → 1500), split over the two coal teams and
 * the tunnelling team, with people per 万吨 for shearer operators, support workers, fitters and roadheader operators;
 * East China sales grow by 20 %; safety inspectors and gas inspectors follow the mining division's miners by ratio.
 * Runs once: a tenant with any workforce plan is left alone. After the training demo, so that the plan shows the new
 * hires' courses.
 */
@Component
@Order(9)
class DemoWorkforcePlan implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkforcePlan.class);

	private static final String TENANT = "demo";

	private static final List<String> MINERS = List.of("SHEARER", "SUPPORT", "ROADHEADER", "FITTER");

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final WorkforcePlans plans;

	DemoWorkforcePlan(RenloopProperties properties, TenantAdministration administration, Organization organization,
			WorkforcePlans plans) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.plans = plans;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoOnce.seed(properties, administration, TENANT, this::seed,
				millis -> log.info("Demo workforce plan in {} ms", millis));
	}

	private boolean seed() {
		if (!plans.list().isEmpty()) {
			return false;
		}
		Goal capacity = new Goal("CAPACITY", "新增产能 300 万吨", "Add 3 Mt of coal capacity", "原煤产能", "万吨",
				new BigDecimal("1200"), new BigDecimal("1500"), List.of(share("COAL-1", "0.4"), share("COAL-2", "0.4"),
						share("TUNNEL", "0.2")));
		Goal sales = new Goal("SALES-EAST", "华东销售额 +20%", "East China sales +20 %", "销售额", "亿元",
				new BigDecimal("5"), new BigDecimal("6"), List.of(share("SALES-E", "1")));
		List<OutputDriver> drivers = new ArrayList<>();
		for (String team : List.of("COAL-1", "COAL-2")) {
			drivers.add(driver("CAPACITY", team, "SHEARER", "20"));
			drivers.add(driver("CAPACITY", team, "SUPPORT", "5"));
			drivers.add(driver("CAPACITY", team, "FITTER", "15"));
		}
		drivers.add(driver("CAPACITY", "TUNNEL", "ROADHEADER", "6"));
		drivers.add(driver("CAPACITY", "TUNNEL", "FITTER", "15"));
		drivers.add(driver("SALES-EAST", "SALES-E", "SALES-REP", "0.25"));
		List<UUID> miners = MINERS.stream().map(this::position).toList();
		List<RatioRule> rules = List.of(
				new RatioRule(department("SAFETY"), position("SAFETY-INSP"), new BigDecimal("10"), department("MINING"),
						miners),
				new RatioRule(department("VENT"), position("GAS"), new BigDecimal("12"), department("MINING"), miners));
		plans.create(new SavePlan("2027 年度人力规划", 2027, List.of(capacity, sales), drivers, rules));
		return true;
	}

	private Share share(String department, String share) {
		return new Share(department(department), new BigDecimal(share));
	}

	private OutputDriver driver(String goal, String department, String position, String outputPerPerson) {
		return new OutputDriver(goal, department(department), position(position), new BigDecimal(outputPerPerson));
	}

	private UUID department(String code) {
		return organization.departmentByCode(code).orElseThrow().id();
	}

	private UUID position(String code) {
		return organization.positionByCode(code).orElseThrow().id();
	}
}
