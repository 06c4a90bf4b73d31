package io.renloop.employee.internal;

import io.renloop.employee.EmployeeRecords.Certificate;
import io.renloop.employee.EmployeeRecords.Education;
import io.renloop.employee.EmployeeRecords.WorkHistory;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the JSON documents of an employee's education, work history and certificates. */
@Component
class EmployeeHistoryJson {

	private final JsonMapper json;

	EmployeeHistoryJson(JsonMapper json) {
		this.json = json;
	}

	String write(Object value) {
		return json.writeValueAsString(value == null ? List.of() : value);
	}

	List<Education> education(String document) {
		return json.readValue(document, new TypeReference<List<Education>>() {
		});
	}

	List<WorkHistory> workHistory(String document) {
		return json.readValue(document, new TypeReference<List<WorkHistory>>() {
		});
	}

	List<Certificate> certificates(String document) {
		return json.readValue(document, new TypeReference<List<Certificate>>() {
		});
	}

	Map<String, Object> map(String document) {
		return json.readValue(document, new TypeReference<Map<String, Object>>() {
		});
	}
}
