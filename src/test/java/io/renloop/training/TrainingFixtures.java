package io.renloop.training;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.TestUsers;
import org.awaitility.Awaitility;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fresh courses, positions and employees of the demo tenant for training tests. */
public final class TrainingFixtures {

	private TrainingFixtures() {
	}

	/** A new employee of 井下采煤一队 (COAL-1, in the manager's subtree), reporting to manager@demo.example. */
	public static UUID newMiner(int port, DemoData data, UUID positionId) {
		return newMiner(port, data, positionId, null);
	}

	/** {@link #newMiner(int, DemoData, UUID)} with a mobile number on the record (or none when null). */
	public static UUID newMiner(int port, DemoData data, UUID positionId, String phone) {
		Map<String, Object> body = new HashMap<>();
		body.put("phone", phone);
		body.put("employeeNo", TestUsers.unique("TR"));
		body.put("name", "培训测试");
		body.put("email", TestUsers.unique("tr").toLowerCase() + "@demo.example");
		body.put("departmentId", data.departmentId(DEMO, "COAL-1"));
		body.put("managerId", data.employeeOfUser("manager@demo.example"));
		body.put("positionId", positionId);
		body.put("hireDate", "2025-03-03");
		ApiClient.Response created = ApiClient.as(port, "hr@demo.example").post("/api/v1/employees", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().get("id").asString());
		awaitLearner(data, id);
		return id;
	}

	/** Waits until training has taken the new employee over from the employee module's EmployeeHired. */
	public static void awaitLearner(DemoData data, UUID employeeId) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> data.has("training.learner", "employee_id",
				employeeId));
	}

	/** A new position of its own, so that requirements and paths set on it touch no other test. */
	public static UUID newPosition(int port) {
		String code = TestUsers.unique("POS");
		ApiClient.Response created = ApiClient.as(port, "hr@demo.example").post("/api/v1/positions",
				Map.of("code", code, "name", "培训岗位 " + code));
		assertThat(created.status()).as(created.body()).isBetween(200, 201);
		return UUID.fromString(created.json().get("id").asString());
	}

	public static Map<String, Object> course(String kind, String contentKind, Integer seconds, Number cost,
			List<String> tags) {
		Map<String, Object> body = new HashMap<>();
		String code = TestUsers.unique("C");
		body.put("code", code);
		body.put("titleZh", "测试课程 " + code);
		body.put("titleEn", "Test course " + code);
		body.put("kind", kind);
		body.put("contentKind", contentKind);
		body.put("contentSeconds", seconds);
		body.put("minWatchShare", 0.8);
		body.put("hours", 2);
		body.put("credits", 1);
		body.put("cost", cost);
		body.put("tags", tags);
		return body;
	}

	public static UUID createCourse(ApiClient hr, Map<String, Object> course) {
		ApiClient.Response created = hr.post("/api/v1/training/courses", course);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	/** Records a certificate through the multipart form, with a scan when {@code scan} is not null. */
	public static ApiClient.Response addCertificate(ApiClient hr, Map<String, String> fields, byte[] scan) {
		String boundary = "----training" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		if (scan != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"scan.pdf\""
					+ "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			body.writeBytes(scan);
			body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return hr.send("POST", "/api/v1/training/certificates", body.toByteArray(),
				"multipart/form-data; boundary=" + boundary);
	}

	public static Map<String, String> certificate(UUID employeeId, String type, String expiresOn) {
		Map<String, String> fields = new HashMap<>();
		fields.put("employeeId", employeeId.toString());
		fields.put("type", type);
		fields.put("number", TestUsers.unique("NO"));
		fields.put("issuer", "山西省应急管理厅");
		fields.put("issuedOn", "2024-01-01");
		if (expiresOn != null) {
			fields.put("expiresOn", expiresOn);
		}
		return fields;
	}

	/** A minimal but real PDF: its magic bytes make it application/pdf whatever its name. */
	public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
			+ "/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/** The start of an MP4 file ("ftypisom" at byte 4), padded: enough for content sniffing to call it a video. */
	public static byte[] mp4() {
		byte[] mp4 = new byte[4096];
		byte[] head = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's',
				'o', '2' };
		System.arraycopy(head, 0, mp4, 0, head.length);
		return mp4;
	}

	/** Uploads the course's video as a training administrator. */
	public static ApiClient.Response uploadVideo(int port, UUID course) {
		return ApiClient.as(port, "admin@demo.example").send("PUT", "/api/v1/training/courses/" + course + "/content",
				mp4(), "application/octet-stream");
	}

	/** A certificate type of its own, required for the position (or none). */
	public static String certificateType(ApiClient hr, UUID requiredFor) {
		String code = TestUsers.unique("CT").replace('-', '_');
		ApiClient.Response saved = hr.put("/api/v1/training/certificate-types/" + code, Map.of("nameZh", "测试证 " + code,
				"nameEn", "Test licence " + code, "validityMonths", 36, "requiredFor",
				requiredFor == null ? List.of() : List.of(requiredFor)));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		return code;
	}

	/** The reasons of the course's recommendation as "SOURCE: text", or none when the course is not recommended. */
	public static List<String> reasons(tools.jackson.databind.JsonNode recommendations, UUID courseId) {
		for (tools.jackson.databind.JsonNode r : recommendations) {
			if (r.get("courseId").asString().equals(courseId.toString())) {
				return r.get("reasons").valueStream()
					.map(reason -> reason.get("source").asString() + ": " + reason.get("text").asString())
					.toList();
			}
		}
		return List.of();
	}
}
