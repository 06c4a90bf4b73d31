package io.renloop.payroll;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Payroll keeps a pay band per position from a day on: saved by payroll administrators (audited), read by payroll
 * staff and finance; minimum ≤ midpoint ≤ maximum or a 400 naming the field, an unknown position a 404.
 */
@RenloopIntegrationTest
class PayBandsArePerPositionAndCheckedTests {

	static final String BANDS = "/api/v1/payroll/pay-bands";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	UUID fitter;

	ApiClient payroll;

	@BeforeEach
	void positionAndLogin() {
		fitter = new DemoData(jdbc).positionId(DEMO, "FITTER");
		payroll = ApiClient.as(port, PayrollFixtures.PAYROLL);
	}

	@Test
	void payrollSavesABandAndReadsItBackWithTheChangeAudited() {
		ApiClient.Response saved = payroll.put(BANDS + "/" + fitter, band("2097-01-01", 8000, 10000, 12500));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().path("midpoint").decimalValue()).isEqualByComparingTo("10000.00");
		assertThat(saved.json().path("positionCode").asString()).isEqualTo("FITTER");
		JsonNode listed = payroll.get(BANDS).json().valueStream()
			.filter(b -> b.path("positionId").asString().equals(fitter.toString())
					&& b.path("effectiveFrom").asString().equals("2097-01-01"))
			.findFirst()
			.orElseThrow();
		assertThat(listed.path("maximum").decimalValue()).isEqualByComparingTo("12500");
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where tenant_id = ? and entity_type "
				+ "= 'PayBand' and entity_id = ? and action in ('CREATE', 'UPDATE')", Integer.class, DEMO,
				fitter.toString())).isPositive();
	}

	@Test
	void savingTheSameDayAgainReplacesThatVersion() {
		payroll.put(BANDS + "/" + fitter, band("2097-02-01", 8000, 10000, 12000));

		ApiClient.Response again = payroll.put(BANDS + "/" + fitter, band("2097-02-01", 8500, 10500, 12500));

		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(jdbc.queryForList("select midpoint from payroll.pay_band where tenant_id = ? and position_id = ? "
				+ "and effective_from = date '2097-02-01'", java.math.BigDecimal.class, DEMO, fitter))
			.singleElement()
			.satisfies(midpoint -> assertThat(midpoint).isEqualByComparingTo("10500"));
	}

	@Test
	void aMinimumAboveTheMidpointIsRefusedNamingTheMinimum() {
		JsonNode problem = assertProblem(payroll.inLanguage("zh-CN").put(BANDS + "/" + fitter,
				band("2097-03-01", 11000, 10000, 12000)), 400);

		assertThat(errorFields(problem)).containsExactly("minimum");
		assertThat(errorMessage(problem, "minimum")).contains("下限", "中位");
	}

	@Test
	void aMidpointAboveTheMaximumIsRefusedNamingTheMaximum() {
		JsonNode problem = assertProblem(payroll.inLanguage("en").put(BANDS + "/" + fitter,
				band("2097-04-01", 8000, 13000, 12000)), 400);

		assertThat(errorFields(problem)).containsExactly("maximum");
		assertThat(errorMessage(problem, "maximum")).contains("midpoint", "maximum");
		assertThat(jdbc.queryForObject("select count(*) from payroll.pay_band where position_id = ? and "
				+ "effective_from = date '2097-04-01'", Integer.class, fitter)).isZero();
	}

	@Test
	void anUnknownPositionIsNotFound() {
		assertProblem(payroll.put(BANDS + "/" + UUID.randomUUID(), band("2097-05-01", 8000, 10000, 12000)), 404);
	}

	@Test
	void financeReadsTheBandsButCannotSaveOne() {
		ApiClient finance = ApiClient.as(port, "finance@demo.example");

		assertThat(finance.get(BANDS).status()).isEqualTo(200);
		assertProblem(finance.put(BANDS + "/" + fitter, band("2097-06-01", 8000, 10000, 12000)), 403);
	}

	private static Map<String, Object> band(String from, int minimum, int midpoint, int maximum) {
		return Map.of("effectiveFrom", from, "minimum", minimum, "midpoint", midpoint, "maximum", maximum);
	}
}
