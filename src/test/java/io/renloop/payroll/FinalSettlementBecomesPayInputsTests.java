package io.renloop.payroll;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.offboarding.SettlementApproved;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

@RenloopIntegrationTest
@EnableScenarios
class FinalSettlementBecomesPayInputsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void approvedSettlementIsPaidInTheMonthOfTheLastDayOncePerCase(Scenario scenario) {
		UUID employee = new DemoData(jdbc).someEmployeeIn(DEMO, "FIN");
		UUID caseId = UUID.randomUUID();
		SettlementApproved settlement = new SettlementApproved(DEMO, caseId, employee, "X", LocalDate.parse("2031-05-20"),
				"2031-05", new BigDecimal("1600.00"), new BigDecimal("34800.00"), new BigDecimal("8700.00"),
				new BigDecimal("324000.00"));

		scenario.publish(settlement).andWaitForStateChange(() -> inputs(caseId), rows -> rows.size() == 3)
			.andVerify(rows -> assertThat(rows).extracting(row -> row.get("code"))
				.containsExactlyInAnyOrder("LEAVE_PAYOUT", "SEVERANCE", "NOTICE_PAY"));
		scenario.publish(settlement).andWaitForStateChange(() -> inputs(caseId), rows -> rows.size() == 3)
			.andVerify(rows -> assertThat(rows).extracting(row -> row.get("period")).containsOnly("2031-05"));

		assertThat(inputs(caseId)).filteredOn(row -> row.get("code").equals("SEVERANCE")).singleElement()
			.satisfies(row -> assertThat((String) row.get("note")).contains("324000.00"));
	}

	private List<Map<String, Object>> inputs(UUID caseId) {
		return jdbc.queryForList("select code, period, amount, note from payroll.pay_input where source = 'OFFBOARDING' "
				+ "and note like ?", "offboarding " + caseId + "%");
	}
}
