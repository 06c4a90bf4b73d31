package io.renloop.analytics.internal.workforce;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantTime;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The nightly job's month-end snapshot is what tracking shows as a past month's actual headcount; it is taken once
 * (a second run writes nothing), and the current month shows today's headcount.
 */
@RenloopIntegrationTest
class MonthEndHeadcountSnapshotsAreTheActualsOfTrackingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HeadcountSnapshots snapshots;

	@Autowired
	TenantTime time;

	@Test
	void lastMonthsSnapshotIsItsActualAndASecondRunChangesNothing() {
		YearMonth thisMonth = SystemActor.callAs(DEMO, () -> YearMonth.from(time.today()));
		YearMonth lastMonth = thisMonth.minusMonths(1);
		DemoData data = new DemoData(jdbc);
		UUID coal1 = data.departmentId(DEMO, "COAL-1");
		UUID shearer = data.positionId(DEMO, "SHEARER");
		SystemActor.callAs(DEMO, () -> snapshots.snapshot(lastMonth));
		assertThat(SystemActor.callAs(DEMO, () -> snapshots.snapshot(lastMonth))).isZero();
		Integer snapshotted = jdbc.queryForObject("""
				select headcount from analytics.headcount_snapshot where tenant_id = ? and month = ? and department_id = ?
				 and position_id = ?""", Integer.class, DEMO, Date.valueOf(lastMonth.atDay(1)), coal1, shearer);

		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		Map<String, Object> plan = Map.of("name", TestUsers.unique("跟踪"), "year", lastMonth.getYear(), "goals",
				List.of(Map.of("code", "CAP", "nameZh", "跟踪目标", "nameEn", "Tracking goal", "metric", "产能", "unit", "万吨",
						"baseline", 0, "target", 100)),
				"outputDrivers", List.of(Map.of("goal", "CAP", "departmentId", coal1, "positionId", shearer,
						"outputPerPerson", 10)));
		String id = hr.post("/api/v1/workforce-plans", plan).json().get("id").asString();
		JsonNode line = hr.get("/api/v1/workforce-plans/" + id + "/tracking").json().get("lines").get(0);

		assertThat(line.get("actual").get(lastMonth.getMonthValue() - 1).asInt()).isEqualTo(snapshotted);
		if (thisMonth.getYear() == lastMonth.getYear()) {
			assertThat(line.get("actual").get(thisMonth.getMonthValue() - 1).asInt())
				.isEqualTo(line.get("baseline").asInt());
		}
	}
}
