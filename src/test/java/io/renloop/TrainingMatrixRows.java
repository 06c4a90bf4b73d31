package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import io.renloop.support.Multipart;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The training endpoints' rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee,
 * interviewer): everybody with an employee record learns (TRAINING_READ/WRITE within their scope), HR and the admin
 * administer the catalogue, certificates and exams; admin, hr and recruiter have no employee record of their own.
 */
final class TrainingMatrixRows {

	private TrainingMatrixRows() {
	}

	static List<Row> rows(UUID miner) {
		String unknown = "/" + UUID.randomUUID();
		String courses = "/api/v1/training/courses";
		return List.of(
				row("GET /api/v1/training/courses", "GET", courses, null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("GET /api/v1/training/courses/{id}", "GET", courses + unknown, null, "404 404 404 404 404 404"),
				row("POST /api/v1/training/courses", "POST", courses, TrainingMatrixRows::course, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/training/courses/{id}/sessions", "GET", courses + unknown + "/sessions", null, "404 404 404 404 404 404"),
				row("POST /api/v1/training/courses/{id}/sessions", "POST", courses + unknown + "/sessions", () -> Map.of("startsAt", "2030-01-01T01:00:00Z", "location", "矩阵", "capacity", 3), "404 404 403 403 403 403"),
				row("PUT /api/v1/training/courses/{id}/content", "PUT", courses + unknown + "/content", null, "404 404 403 403 403 403"),
				row("GET /api/v1/training/courses/{id}/content", "GET", courses + unknown + "/content", null, "404 404 404 404 404 404"),
				row("GET /api/v1/training/paths", "GET", "/api/v1/training/paths", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/training/paths", "POST", "/api/v1/training/paths", () -> Map.of("code", "MATRIX", "nameZh", "矩阵", "nameEn", "Matrix", "newHire", false, "courses", List.of(Map.of("courseId", UUID.randomUUID(), "dueDays", 5))), "400 400 403 403 403 403"),
				row("POST /api/v1/training/enrolments", "POST", "/api/v1/training/enrolments", () -> Map.of("courseId", UUID.randomUUID()), "404 404 404 404 404 404"),
				row("GET /api/v1/training/enrolments", "GET", "/api/v1/training/enrolments", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/training/enrolments/{id}/complete", "POST", "/api/v1/training/enrolments" + unknown + "/complete", null, "404 404 404 404 404 404"),
				row("POST /api/v1/training/enrolments/{id}/cancel", "POST", "/api/v1/training/enrolments" + unknown + "/cancel", null, "404 404 404 404 404 404"),
				row("GET /api/v1/training/effectiveness", "GET", "/api/v1/training/effectiveness?year=2026", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/training/certificate-types", "GET", "/api/v1/training/certificate-types", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("PUT /api/v1/training/certificate-types/{code}", "PUT", "/api/v1/training/certificate-types/MATRIX_PROBE", () -> Map.of("nameZh", "矩阵证", "nameEn", "Matrix licence"), "2xx 2xx 403 403 403 403"),
				row("POST /api/v1/training/certificates", "POST", "/api/v1/training/certificates", () -> Multipart.form(Map.of("employeeId", UUID.randomUUID().toString(), "type", "MATRIX_PROBE", "number", "M-1", "issuer", "矩阵", "issuedOn", "2024-01-01"), "scan", "scan.pdf", "%PDF-1.4\n%%EOF\n"), "404 404 403 403 403 403"),
				row("POST /api/v1/training/certificates/expiry-scan", "POST", "/api/v1/training/certificates/expiry-scan", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/training/certificates", "GET", "/api/v1/training/certificates?employeeId=" + miner, null, "2xx 2xx 404 2xx 404 404"),
				row("GET /api/v1/training/compliance", "GET", "/api/v1/training/compliance", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/training/compliance/rebuild", "POST", "/api/v1/training/compliance/rebuild", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/training/exams", "GET", "/api/v1/training/exams", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/training/exams", "POST", "/api/v1/training/exams", () -> Map.of("code", TestUsers.unique("MX"), "titleZh", "矩阵", "titleEn", "Matrix", "bank", TestUsers.unique("MB"), "questionCount", 5, "timeLimitMinutes", 10, "passMark", 60, "maxAttempts", 1), "400 400 403 403 403 403"),
				row("POST /api/v1/me/training/exams/{id}/attempts", "POST", "/api/v1/me/training/exams" + unknown + "/attempts", null, "404 404 404 404 404 404"),
				row("POST /api/v1/me/training/attempts/{id}/submit", "POST", "/api/v1/me/training/attempts" + unknown + "/submit", () -> Map.of("answers", Map.of()), "404 404 404 404 404 404"),
				row("GET /api/v1/training/recommendations", "GET", "/api/v1/training/recommendations?employeeId=" + miner, null, "2xx 2xx 404 2xx 404 404"),
				row("GET /api/v1/me/training/recommendations", "GET", "/api/v1/me/training/recommendations", null, "404 404 404 2xx 2xx 2xx"),
				row("POST /api/v1/training/recommendations", "POST", "/api/v1/training/recommendations", () -> Map.of("employeeId", UUID.randomUUID(), "courseId", UUID.randomUUID(), "text", "矩阵"), "404 404 404 404 404 404"),
				row("POST /api/v1/training/recommendations/accept", "POST", "/api/v1/training/recommendations/accept", () -> Map.of("employeeId", UUID.randomUUID(), "courseId", UUID.randomUUID()), "404 404 404 404 404 404"),
				row("GET /api/v1/me/training/enrolments", "GET", "/api/v1/me/training/enrolments", null, "404 404 404 2xx 2xx 2xx"),
				row("POST /api/v1/me/training/enrolments/{id}/progress", "POST", "/api/v1/me/training/enrolments" + unknown + "/progress", () -> Map.of("positionSeconds", 1, "watchedSeconds", 1), "404 404 404 404 404 404"),
				row("POST /api/v1/me/training/sign-in", "POST", "/api/v1/me/training/sign-in", () -> Map.of("token", "matrix"), "404 404 404 404 404 404"),
				row("GET /api/v1/me/training/certificates", "GET", "/api/v1/me/training/certificates", null, "404 404 404 2xx 2xx 2xx"),
				row("GET /api/v1/me/training/certificates/{id}/pdf", "GET", "/api/v1/me/training/certificates" + unknown + "/pdf", null, "404 404 404 404 404 404"));
	}

	private static Map<String, Object> course() {
		return Map.of("code", TestUsers.unique("MX"), "titleZh", "矩阵课程", "titleEn", "Matrix course", "kind", "EXTERNAL",
				"hours", 1, "credits", 1, "cost", 0);
	}

	private static Row row(String endpoint, String method, String path, Supplier<Object> body, String expected) {
		return new Row(endpoint, method, path, body, expected);
	}
}
