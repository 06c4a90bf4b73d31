package io.renloop.analytics.internal.attrition;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.analytics.AttritionModels.ModelCard;
import io.renloop.analytics.AttritionRisks;
import io.renloop.payroll.PayBands;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantTime;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attrition model's pay against the position's band: payroll's ratio for the structure and band in force on the
 * day, in whole percent, and for people payroll knows nothing of that day the figure of their outside history — so
 * the demo's past leavers carry it as the staff do, and the demo model trained at start-up uses it.
 */
@RenloopIntegrationTest
class PayAgainstTheBandIsAFeatureAsOfTheDayTests {

	static final int PAY_VS_BAND = TenantFeatures.COLUMNS.indexOf("payVsBand");

	@Autowired
	TenantFeatures features;

	@Autowired
	PayBands bands;

	@Autowired
	AttritionRisks risks;

	@Autowired
	TenantTime time;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoModelTrainedAtStartUpUsesPayAgainstTheBand() {
		ModelCard card = SystemActor.callAs(DEMO, () -> risks.currentModel()).orElseThrow();

		assertThat(card.features()).contains("payVsBand");
	}

	@Test
	void theDemoBandsSpreadTheStaffFromWellBelowToAboveTheirMidpoint() {
		Map<UUID, BigDecimal> ratios = ratiosOfTheStaff(today());

		assertThat(ratios.values()).anySatisfy(r -> assertThat(r).isLessThan(new BigDecimal("-0.15")))
			.anySatisfy(r -> assertThat(r).isGreaterThan(new BigDecimal("0.10")))
			.allSatisfy(r -> assertThat(r.scale()).isEqualTo(4));
	}

	@Test
	void theStaffsFeatureTodayIsPayrollsRatioInPercentNotTheirOutsideFigure() {
		LocalDate today = today();
		Map<UUID, BigDecimal> ratios = ratiosOfTheStaff(today);
		UUID farBelow = ratios.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
		BigDecimal expected = expectedRatio(farBelow, today);

		String cell = cellOf(farBelow, today);

		assertThat(ratios.get(farBelow)).isEqualByComparingTo(expected);
		assertThat(cell).isEqualTo(expected.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString());
		assertThat(Integer.parseInt(cell)).isLessThan(-15);
	}

	@Test
	void aYearAgoBeforeAnyStructureTheStaffCarryTheirOutsideFigure() {
		LocalDate yearAgo = today().minusYears(1);
		UUID someone = ratiosOfTheStaff(today()).keySet()
			.stream()
			.filter(id -> jdbc.queryForObject("select hire_date <= ? and pay_vs_band is not null from "
					+ "analytics.person_fact where tenant_id = ? and employee_id = ?", Boolean.class,
					Date.valueOf(yearAgo), DEMO, id))
			.findFirst()
			.orElseThrow();
		BigDecimal outside = jdbc.queryForObject("select pay_vs_band from analytics.person_fact where tenant_id = ? "
				+ "and employee_id = ?", BigDecimal.class, DEMO, someone);
		assertThat(jdbc.queryForObject("select count(*) from payroll.salary_structure where tenant_id = ? and "
				+ "employee_id = ? and effective_from <= ?", Integer.class, DEMO, someone, Date.valueOf(yearAgo)))
			.as("demo structures start this year").isZero();

		assertThat(cellOf(someone, yearAgo)).isEqualTo(TenantFeatures.percent(outside)).isNotBlank();
	}

	@Test
	void aPastLeaverWithoutPayrollCarriesTheOutsideFigureAndWithoutOneTheCellIsEmpty() {
		LocalDate today = today();
		UUID unit = jdbc.queryForObject("select department_id from analytics.person_fact where tenant_id = ? and "
				+ "department_id is not null limit 1", UUID.class, DEMO);
		UUID known = person(unit, new BigDecimal("-0.2500"));
		UUID unknown = person(unit, null);

		assertThat(cellOf(known, today)).isEqualTo("-25");
		assertThat(cellOf(unknown, today)).isEmpty();
	}

	@Test
	void readingTheRatiosIsOneAuditedSensitiveReadPerCall() {
		Integer before = payBandReads();

		SystemActor.callAs(DEMO, () -> features.employedOn(DEMO, today(), null));

		assertThat(payBandReads()).isEqualTo(before + 1);
	}

	private Map<UUID, BigDecimal> ratiosOfTheStaff(LocalDate day) {
		List<UUID> staff = jdbc.queryForList("select id from employee.employee where tenant_id = ?", UUID.class, DEMO);
		return SystemActor.callAs(DEMO, () -> bands.positionInBand(staff, day));
	}

	/** From payroll's and the employee module's tables, as the rule says. */
	private BigDecimal expectedRatio(UUID employee, LocalDate day) {
		return jdbc.queryForObject("""
				select round((select base from payroll.salary_structure where tenant_id = ? and employee_id = ?
				                 and effective_from <= ? order by effective_from desc limit 1)
				             / (select b.midpoint from payroll.pay_band b join employee.employee e
				                   on e.position_id = b.position_id and e.tenant_id = b.tenant_id
				                 where e.id = ? and b.effective_from <= ? order by b.effective_from desc limit 1) - 1, 4)""",
				BigDecimal.class, DEMO, employee, Date.valueOf(day), employee, Date.valueOf(day));
	}

	private String cellOf(UUID employee, LocalDate day) {
		return SystemActor.callAs(DEMO, () -> features.employedOn(DEMO, day, null))
			.stream()
			.filter(p -> p.employeeId().equals(employee))
			.findFirst()
			.orElseThrow(() -> new AssertionError(employee + " is not employed on " + day))
			.cells()[PAY_VS_BAND];
	}

	private UUID person(UUID department, BigDecimal payVsBand) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into analytics.person_fact (tenant_id, employee_id, department_id, hire_date, status, "
				+ "pay_vs_band, outside) values (?, ?, ?, ?, 'ACTIVE', ?, true)", DEMO, id, department,
				Date.valueOf(today().minusYears(3)), payVsBand);
		return id;
	}

	private Integer payBandReads() {
		return jdbc.queryForObject("select count(*) from platform.audit_event where tenant_id = ? and entity_type = "
				+ "'PayBand' and action = 'READ_SENSITIVE'", Integer.class, DEMO);
	}

	private LocalDate today() {
		return LocalDate.now(time.clock().withZone(time.zone(DEMO)));
	}
}
