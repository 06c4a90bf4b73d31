package io.renloop.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.Eventually;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh employees and events for the dashboard tests, and the read-model rows of one employee as text (to compare a
 * state before and after).
 */
final class DashboardFixtures {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	DashboardFixtures(JdbcTemplate jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
	}

	/** A new employee hired through the API, once analytics knows them. */
	UUID hired(ApiClient hr, UUID department, LocalDate hireDate) {
		ApiClient.Response hired = hr.post("/api/v1/employees", Map.of("employeeNo", TestUsers.unique("DSH"), "name",
				"看板测试员工", "departmentId", department, "hireDate", hireDate.toString()));
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		UUID id = UUID.fromString(hired.json().get("id").asString());
		Eventually.await(() -> rows("person_fact", id).isEmpty() ? null : true);
		return id;
	}

	void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/** Waits until every publication that names the id has been delivered to the dashboards' listeners. */
	void awaitDelivered(UUID id) {
		Eventually.await(() -> jdbc.queryForObject("select count(*) > 0 and count(*) filter (where completion_date "
				+ "is null) = 0 from event_publication where serialized_event like ? and listener_id like "
				+ "'%ReadModelListeners%'", Boolean.class, "%" + id + "%") ? true : null);
	}

	/** Every read-model row of the tables that name the employee, as text in a fixed order. */
	String employeeRows(UUID employee) {
		List<String> all = new ArrayList<>();
		for (String table : List.of("person_fact", "lifecycle_change", "training_completion", "certificate_expiry",
				"attendance_month")) {
			all.add(table + rows(table, employee));
		}
		return String.join("\n", all);
	}

	List<Map<String, Object>> rows(String table, UUID employee) {
		return jdbc.queryForList("select * from analytics." + table + " where employee_id = ? order by 1, 2, 3, 4",
				employee);
	}

	String rowsWhere(String table, String column, UUID id) {
		return jdbc.queryForList("select * from analytics." + table + " where " + column + " = ? order by 1, 2, 3",
				id).toString();
	}
}
