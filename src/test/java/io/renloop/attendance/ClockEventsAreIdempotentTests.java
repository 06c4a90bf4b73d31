package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@RenloopIntegrationTest
class ClockEventsAreIdempotentTests {

	private static final String PATH = "/api/v1/attendance/clock-events";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	String employeeNo;

	String device;

	@BeforeEach
	void pickEmployee() {
		UUID employee = new DemoData(jdbc).someEmployeeIn(DEMO, "FIN");
		employeeNo = jdbc.queryForObject("select employee_no from employee.employee where id = ?", String.class,
				employee);
		device = "T-" + UUID.randomUUID();
	}

	private Map<String, String> event(String id, String at) {
		return Map.of("deviceId", device, "eventId", id, "employeeNo", employeeNo, "at", at, "source", "DEVICE");
	}

	private JsonNode post(List<?> events) {
		ApiClient.Response response = ApiClient.as(port, "hr@demo.example").post(PATH, Map.of("events", events));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void aRepeatedBatchIsCountedAsDuplicatesAndStoredOnce() {
		List<Map<String, String>> batch = List.of(event("1", "2026-03-02T08:55:00+08:00"),
				event("2", "2026-03-02T18:03:00+08:00"));

		JsonNode first = post(batch);
		JsonNode again = post(batch);

		assertThat(first.get("accepted").asInt()).isEqualTo(2);
		assertThat(again.get("accepted").asInt()).isZero();
		assertThat(again.get("duplicates").asInt()).isEqualTo(2);
		assertThat(stored()).isEqualTo(2);
	}

	@Test
	void eventsOutOfOrderWithARepeatInsideTheBatchAreKeptOnce() {
		JsonNode receipt = post(List.of(event("3", "2026-03-03T18:00:00+08:00"), event("1", "2026-03-02T08:55:00+08:00"),
				event("3", "2026-03-03T18:00:00+08:00"), event("2", "2026-03-03T08:59:00+08:00")));

		assertThat(receipt.get("accepted").asInt()).isEqualTo(3);
		assertThat(receipt.get("duplicates").asInt()).isEqualTo(1);
		assertThat(stored()).isEqualTo(3);
	}

	@Test
	void badRowsAreRejectedByIndexAndTheRestKept() {
		List<Map<String, String>> batch = new ArrayList<>();
		batch.add(event("1", "2026-03-02T08:55:00+08:00"));
		batch.add(Map.of("deviceId", device, "eventId", "2", "employeeNo", "NO-SUCH-NUMBER", "at",
				"2026-03-02T08:55:00+08:00"));
		batch.add(event("3", "yesterday at nine"));
		batch.add(event("4", "2999-01-01T09:00:00+08:00"));
		batch.add(event("5", "2026-03-02T09:00:00"));

		JsonNode receipt = ApiClient.as(port, "hr@demo.example").inLanguage("zh-CN").post(PATH, Map.of("events", batch))
			.json();

		assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
		List<Integer> indexes = new ArrayList<>();
		receipt.get("rejected").forEach(r -> indexes.add(r.get("index").asInt()));
		assertThat(indexes).containsExactly(1, 2, 3, 4);
		assertThat(receipt.get("rejected").get(0).get("reason").asString()).contains("工号");
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void malformedJsonIsAClientError() {
		ApiClient.Response response = ApiClient.as(port, "hr@demo.example").send("POST", PATH, "{\"events\": [",
				"application/json");

		assertProblem(response, 400);
	}

	@Test
	void moreThanTenThousandEventsIsRefusedAsAWhole() {
		List<Map<String, String>> batch = new ArrayList<>();
		for (int i = 0; i <= ClockEvents.MAX_BATCH; i++) {
			batch.add(event("e" + i, "2026-03-02T08:55:00+08:00"));
		}

		assertProblem(ApiClient.as(port, "hr@demo.example").post(PATH, Map.of("events", batch)), 400);
		assertThat(stored()).isZero();
	}

	@Test
	void anEmployeeCannotClockForAColleague() {
		JsonNode receipt = ApiClient.as(port, "employee@demo.example")
			.post(PATH, Map.of("events", List.of(event("1", "2026-03-02T08:55:00+08:00"))))
			.json();

		assertThat(receipt.get("rejected").size()).isEqualTo(1);
		assertThat(stored()).isZero();
	}

	private long stored() {
		return jdbc.queryForObject("select count(*) from attendance.clock_event where device_id = ?", Long.class,
				device);
	}
}
