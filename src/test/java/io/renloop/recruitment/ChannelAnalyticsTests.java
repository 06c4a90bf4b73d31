package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SystemActor;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.HistoricApplications.HistoricApplication;
import io.renloop.recruitment.HistoricApplications.PastStageChange;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Channel effectiveness on a controlled cohort: applications recorded with their history in March 2019,
 * a month nothing else in the shared database touches. The demo tenant's zone is Asia/Shanghai, so the
 * period's bounds are its local midnights.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelAnalyticsTests {

	private static final String MARCH_2019 = "/api/v1/analytics/recruitment/channels?from=2019-03-01&to=2019-03-31";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoricApplications history;

	@BeforeAll
	void recordMarch2019() {
		UUID requisition = UUID
			.fromString(new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "SAFETY")));
		// LIEPIN: 4 applications, 500 each; hired after 20 and 30 days, one rejected after interviews, one at once
		record(requisition, Channel.LIEPIN, "500", "2019-03-01T02:00:00Z", "SCREENED 2019-03-03T02:00:00Z",
				"INTERVIEWS 2019-03-06T02:00:00Z", "OFFER 2019-03-10T02:00:00Z", "HIRED 2019-03-21T02:00:00Z");
		record(requisition, Channel.LIEPIN, "500", "2019-03-02T02:00:00Z", "SCREENED 2019-03-04T02:00:00Z",
				"INTERVIEWS 2019-03-08T02:00:00Z", "REJECTED 2019-03-09T02:00:00Z 面试未通过");
		record(requisition, Channel.LIEPIN, "500", "2019-03-05T02:00:00Z", "REJECTED 2019-03-06T02:00:00Z 专业不符");
		record(requisition, Channel.LIEPIN, "500", "2019-03-05T02:00:00Z", "SCREENED 2019-03-06T02:00:00Z",
				"AI_INTERVIEW 2019-03-07T02:00:00Z", "INTERVIEWS 2019-03-12T02:00:00Z", "OFFER 2019-03-20T02:00:00Z",
				"HIRED 2019-04-04T02:00:00Z");
		// REFERRAL: 2 applications, one cost unknown; pooled after screening, rejected after the AI interview
		record(requisition, Channel.REFERRAL, "1000", "2019-03-10T02:00:00Z", "SCREENED 2019-03-11T02:00:00Z",
				"POOL 2019-03-12T02:00:00Z 暂无名额");
		record(requisition, Channel.REFERRAL, null, "2019-03-10T02:00:00Z", "SCREENED 2019-03-11T02:00:00Z",
				"AI_INTERVIEW 2019-03-12T02:00:00Z", "REJECTED 2019-03-13T02:00:00Z AI 面试未达标");
		// BOSS: 01:00 on 1 March in Shanghai is inside, 00:30 on 1 April is outside
		record(requisition, Channel.BOSS, "100", "2019-02-28T17:00:00Z");
		record(requisition, Channel.BOSS, "100", "2019-03-31T16:30:00Z", "SCREENED 2019-04-01T02:00:00Z");
		// consent given long ago would let the retention job erase them any time; these stay until erased here
		jdbc.update("update recruitment.candidate set retain_until = date '2099-12-31' where tenant_id = 'demo' and name like '渠道统计 %'");
	}

	@Test
	void countsEveryStageEverReachedWithConversionCostAndMedianDaysToHire() {
		Map<String, JsonNode> channels = byChannel(hr().get(MARCH_2019));

		JsonNode liepin = channels.get("LIEPIN");
		assertCounts(liepin, 4, 3, 3, 2, 2);
		assertRates(liepin.get("conversion"), "0.7500", "1.0000", "0.6667", "1.0000");
		assertThat(liepin.get("totalCost").decimalValue()).isEqualByComparingTo("2000");
		assertThat(liepin.get("costPerHire").decimalValue()).isEqualByComparingTo("1000");
		assertThat(liepin.get("medianDaysToHire").decimalValue()).isEqualByComparingTo("25.0");

		JsonNode referral = channels.get("REFERRAL");
		assertCounts(referral, 2, 2, 1, 0, 0);
		assertRates(referral.get("conversion"), "1.0000", "0.5000", "0.0000", null);
		assertThat(referral.get("totalCost").decimalValue()).isEqualByComparingTo("1000");
		assertThat(referral.get("costPerHire").isNull()).isTrue();
		assertThat(referral.get("medianDaysToHire").isNull()).isTrue();

		JsonNode boss = channels.get("BOSS");
		assertCounts(boss, 1, 0, 0, 0, 0);
		assertThat(boss.get("totalCost").decimalValue()).isEqualByComparingTo("100");
		assertRates(boss.get("conversion"), "0.0000", null, null, null);

		assertThat(channels).containsOnlyKeys("LIEPIN", "BOSS", "QIANCHENG", "REFERRAL", "CAREERS_PAGE", "CAMPUS", "OTHER");
		for (String empty : List.of("QIANCHENG", "CAREERS_PAGE", "CAMPUS", "OTHER")) {
			assertCounts(channels.get(empty), 0, 0, 0, 0, 0);
			assertRates(channels.get(empty).get("conversion"), null, null, null, null);
		}
	}

	@Test
	void aShorterPeriodCountsOnlyTheApplicationsThatArrivedInIt() {
		Map<String, JsonNode> channels = byChannel(
				hr().get("/api/v1/analytics/recruitment/channels?from=2019-03-02&to=2019-03-05"));
		assertCounts(channels.get("LIEPIN"), 3, 2, 2, 1, 1);
		assertThat(channels.get("LIEPIN").get("medianDaysToHire").decimalValue()).isEqualByComparingTo("30.0");
		assertCounts(channels.get("REFERRAL"), 0, 0, 0, 0, 0);
		assertCounts(channels.get("BOSS"), 0, 0, 0, 0, 0);
	}

	@Test
	void figuresStayWhenTheCandidatesAreErased() {
		Map<String, JsonNode> before = byChannel(hr().get(MARCH_2019));
		List<String> marchCandidates = jdbc.queryForList("""
				select distinct a.candidate_id::text from recruitment.application a join recruitment.candidate c on c.id = a.candidate_id
				where a.tenant_id = 'demo' and a.channel = 'LIEPIN' and c.erased_at is null
				  and a.created_at >= '2019-03-01' and a.created_at < '2019-03-03'""", String.class);
		assertThat(marchCandidates).isNotEmpty();
		ApiClient hr = hr();
		marchCandidates.forEach(id -> assertThat(hr.delete("/api/v1/candidates/" + id).status()).isEqualTo(204));

		assertThat(byChannel(hr().get(MARCH_2019))).isEqualTo(before);
	}

	@Test
	void theDefaultPeriodIsTheLastTwelveMonths() {
		JsonNode all = hr().get("/api/v1/analytics/recruitment/channels").json();
		assertThat(all.size()).isEqualTo(Channel.values().length);
		long total = 0;
		for (JsonNode channel : all) {
			total += channel.get("applications").asLong();
		}
		Long lastYear = jdbc.queryForObject("""
				select count(*) from recruitment.application where tenant_id = 'demo'
				and created_at >= (date_trunc('day', now() at time zone 'Asia/Shanghai') - interval '12 months') at time zone 'Asia/Shanghai'""",
				Long.class);
		assertThat(total).isEqualTo(lastYear).isPositive();
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsABadRequest() {
		JsonNode problem = assertProblem(hr().get("/api/v1/analytics/recruitment/channels?from=2019-04-01&to=2019-03-01"), 400);
		assertThat(errorFields(problem)).containsExactly("from");
		assertProblem(hr().get("/api/v1/analytics/recruitment/channels?from=2019-13-01"), 400);
	}

	@Test
	void acmeSeesOnlyItsOwnChannels() {
		Map<String, JsonNode> acme = byChannel(ApiClient.as(port, "hr@acme.example").get(MARCH_2019));
		acme.values().forEach(channel -> assertCounts(channel, 0, 0, 0, 0, 0));
	}

	@Test
	void historicImportChecksTheOrderOfStages() {
		UUID requisition = UUID.fromString(jdbc.queryForObject("""
				select id::text from recruitment.requisition where tenant_id = 'demo' and status = 'OPEN' limit 1""",
				String.class));
		Apply apply = new Apply("历史导入 测试", RecruitmentFixtures.uniquePhone(), null, null, Channel.OTHER, null, true);
		Instant at = Instant.parse("2019-05-01T02:00:00Z");
		assertThatThrownBy(() -> SystemActor.callAs(DEMO, () -> history.importHistoric(
				requisition, new HistoricApplication(apply, at, List.of(new PastStageChange(ApplicationStage.OFFER, null,
						at.plusSeconds(3600)))))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("recruitment.application.illegalTransition");
		assertThatThrownBy(() -> SystemActor.callAs(DEMO, () -> history.importHistoric(
				requisition, new HistoricApplication(apply, at, List.of(new PastStageChange(ApplicationStage.SCREENED, null,
						at.minusSeconds(3600)))))))
			.isInstanceOf(InvalidFieldsException.class);
		assertThat(jdbc.queryForObject("select count(*) from recruitment.candidate where name = '历史导入 测试'", Long.class))
			.isZero();
	}

	private void record(UUID requisition, Channel channel, String cost, String appliedAt, String... changes) {
		List<PastStageChange> past = new ArrayList<>();
		for (String change : changes) {
			String[] parts = change.split(" ", 3);
			past.add(new PastStageChange(ApplicationStage.valueOf(parts[0]), parts.length > 2 ? parts[2] : null,
					Instant.parse(parts[1])));
		}
		Apply apply = new Apply("渠道统计 " + UUID.randomUUID().toString().substring(0, 8),
				RecruitmentFixtures.uniquePhone(), null, null, channel, cost == null ? null : new BigDecimal(cost), true);
		SystemActor.callAs(DEMO,
				() -> history.importHistoric(requisition, new HistoricApplication(apply, Instant.parse(appliedAt), past)));
	}

	private ApiClient hr() {
		return ApiClient.as(port, "hr@demo.example");
	}

	private static Map<String, JsonNode> byChannel(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		Map<String, JsonNode> channels = new HashMap<>();
		response.json().forEach(channel -> channels.put(channel.get("channel").asString(), channel));
		return channels;
	}

	private static void assertCounts(JsonNode channel, long applications, long screened, long interviewed, long offers,
			long hires) {
		assertThat(List.of(channel.get("applications").asLong(), channel.get("screened").asLong(),
				channel.get("interviewed").asLong(), channel.get("offers").asLong(), channel.get("hires").asLong()))
			.as(channel.toString())
			.containsExactly(applications, screened, interviewed, offers, hires);
	}

	private static void assertRates(JsonNode conversion, String screened, String interviewed, String offers,
			String hires) {
		List<String> expected = new ArrayList<>(Arrays.asList(screened, interviewed, offers, hires));
		List<String> actual = new ArrayList<>();
		for (String stage : List.of("screened", "interviewed", "offers", "hires")) {
			JsonNode rate = conversion.get(stage);
			actual.add(rate.isNull() ? null : rate.decimalValue().setScale(4).toPlainString());
		}
		assertThat(actual).as(conversion.toString()).isEqualTo(expected);
	}
}
