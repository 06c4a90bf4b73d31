package io.renloop;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import io.renloop.support.Multipart;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The training endpoints' isolation probes for {@link TenantIsolationTests}: acme neither sees nor changes demo's
 * courses, sessions, paths, enrolments, certificates, exams or recommendations.
 */
final class TrainingIsolationProbes {

	/** A course, a certificate type, a path and an exam that only demo has. */
	static final String DEMO_CODE = "ISO_DEMO_TRAINING";

	private final JdbcTemplate jdbc;

	private final UUID demoEmployee;

	private final Consumer<String> assertNoDemoData;

	private final UUID demoCourse;

	private final UUID demoEnrolment;

	private final UUID demoCertificate;

	private final UUID demoExam;

	private final String demoToken;

	TrainingIsolationProbes(JdbcTemplate jdbc, ApiClient demoHr, UUID demoEmployee, Consumer<String> assertNoDemoData) {
		this.jdbc = jdbc;
		this.demoEmployee = demoEmployee;
		this.assertNoDemoData = assertNoDemoData;
		UUID existing = jdbc.query("select id from training.course where tenant_id = ? and code = ?",
				(rs, n) -> rs.getObject(1, UUID.class), DEMO, DEMO_CODE).stream().findFirst().orElse(null);
		this.demoCourse = existing != null ? existing : UUID.fromString(demoHr.post("/api/v1/training/courses",
				Map.of("code", DEMO_CODE, "titleZh", "示例隔离课程", "titleEn", "Demo isolation course", "kind", "CLASSROOM",
						"hours", 2, "credits", 1, "cost", 0, "tags", List.of(DEMO_CODE)))
			.json().get("id").asString());
		UUID session = UUID.fromString(demoHr.post("/api/v1/training/courses/" + demoCourse + "/sessions",
				Map.of("startsAt", "2030-01-01T01:00:00Z", "location", "示例", "capacity", 100)).json().get("id")
			.asString());
		this.demoToken = jdbc.queryForObject("select sign_in_token from training.course_session where id = ?",
				String.class, session);
		demoHr.put("/api/v1/training/certificate-types/" + DEMO_CODE, Map.of("nameZh", "示例隔离证", "nameEn",
				"Demo isolation licence", "validityMonths", 12));
		demoHr.post("/api/v1/training/enrolments", Map.of("courseId", demoCourse, "employeeId", demoEmployee,
				"sessionId", session));
		this.demoEnrolment = jdbc.queryForObject("""
				select id from training.enrolment where tenant_id = ? and course_id = ? and employee_id = ? limit 1""",
				UUID.class, DEMO, demoCourse, demoEmployee);
		Multipart.form(Map.of("employeeId", demoEmployee.toString(), "type", DEMO_CODE, "number",
				TestUsers.unique("ISO"), "issuer", "示例", "issuedOn", "2024-01-01"), "scan", "scan.pdf",
				"%PDF-1.4\n%%EOF\n").postTo(demoHr, "/api/v1/training/certificates");
		this.demoCertificate = jdbc.queryForObject(
				"select id from training.certificate where tenant_id = ? and employee_id = ? limit 1", UUID.class, DEMO,
				demoEmployee);
		this.demoExam = jdbc.query("select id from training.exam where tenant_id = ? limit 1",
				(rs, n) -> rs.getObject(1, UUID.class), DEMO).stream().findFirst().orElse(UUID.randomUUID());
	}

	List<Map.Entry<String, Probe>> probes() {
		String course = "/api/v1/training/courses/" + demoCourse;
		return List.of(
				entry("GET /api/v1/training/courses", new Probe("acmeListsOnlyItsOwnCourses",
						acme -> assertThat(acme.get("/api/v1/training/courses").body()).doesNotContain(DEMO_CODE))),
				entry("GET /api/v1/training/courses/{id}", new Probe("acmeCannotReadDemoCourse", acme -> notFound(acme.get(course)))),
				entry("POST /api/v1/training/courses", new Probe("acmeCourseLandsInAcme", acme -> {
					String code = TestUsers.unique("ISO");
					assertThat(acme.post("/api/v1/training/courses", Map.of("code", code, "titleZh", "甲", "titleEn", "A",
							"kind", "EXTERNAL", "hours", 1, "credits", 1)).status()).isEqualTo(201);
					assertThat(jdbc.queryForObject("select tenant_id from training.course where code = ?", String.class,
							code)).isEqualTo(ACME);
				})),
				entry("GET /api/v1/training/courses/{id}/sessions", new Probe("acmeCannotReadDemoSessions", acme -> notFound(acme.get(course + "/sessions")))),
				entry("POST /api/v1/training/courses/{id}/sessions", new Probe("acmeCannotAddSessionToDemoCourse", acme -> notFound(acme.post(course + "/sessions",
						Map.of("startsAt", "2030-01-01T01:00:00Z", "location", "acme", "capacity", 1))))),
				entry("PUT /api/v1/training/courses/{id}/content", new Probe("acmeCannotUploadToDemoCourse",
						acme -> notFound(acme.send("PUT", course + "/content", "%PDF-1.4\n%%EOF\n", "application/pdf")))),
				entry("GET /api/v1/training/courses/{id}/content", new Probe("acmeCannotStreamDemoContent", acme -> notFound(acme.get(course + "/content")))),
				entry("GET /api/v1/training/paths", new Probe("acmeListsOnlyItsOwnPaths", acme -> noDemo(acme.get("/api/v1/training/paths")))),
				entry("POST /api/v1/training/paths", new Probe("acmePathCannotUseDemoCourse", acme -> assertProblem(acme.post(
						"/api/v1/training/paths", Map.of("code", TestUsers.unique("ISO"), "nameZh", "甲", "nameEn", "A", "newHire",
								false, "courses", List.of(Map.of("courseId", demoCourse, "dueDays", 5)))), 400))),
				entry("POST /api/v1/training/enrolments", new Probe("acmeCannotEnrolDemoEmployee", acme -> notFound(acme.post(
						"/api/v1/training/enrolments", Map.of("courseId", demoCourse, "employeeId", demoEmployee))))),
				entry("GET /api/v1/training/enrolments", new Probe("acmeListsOnlyItsOwnEnrolments", acme -> {
					noDemo(acme.get("/api/v1/training/enrolments"));
					notFound(acme.get("/api/v1/training/enrolments?employeeId=" + demoEmployee));
				})),
				entry("POST /api/v1/training/enrolments/{id}/complete", new Probe("acmeCannotCompleteDemoEnrolment", acme -> {
					notFound(acme.post("/api/v1/training/enrolments/" + demoEnrolment + "/complete", null));
					assertThat(enrolmentStatus()).isNotEqualTo("COMPLETED");
				})),
				entry("POST /api/v1/training/enrolments/{id}/cancel", new Probe("acmeCannotCancelDemoEnrolment", acme -> {
					notFound(acme.post("/api/v1/training/enrolments/" + demoEnrolment + "/cancel", null));
					assertThat(enrolmentStatus()).isNotEqualTo("CANCELLED");
				})),
				entry("GET /api/v1/training/effectiveness", new Probe("acmeFiguresCountOnlyAcme", acme -> {
					ApiClient.Response figures = acme.get("/api/v1/training/effectiveness?year=2030");
					assertThat(figures.status()).isEqualTo(200);
					assertThat(figures.json().get("enrolments").asLong()).isZero();
				})),
				entry("GET /api/v1/training/certificate-types", new Probe("acmeListsOnlyItsOwnCertificateTypes",
						acme -> assertThat(acme.get("/api/v1/training/certificate-types").body()).doesNotContain("示例隔离证"))),
				entry("PUT /api/v1/training/certificate-types/{code}", new Probe("acmeCertificateTypeLandsInAcme", acme -> {
					assertThat(acme.put("/api/v1/training/certificate-types/" + DEMO_CODE, Map.of("nameZh", "被改", "nameEn",
							"Hacked")).status()).isEqualTo(200);
					assertThat(jdbc.queryForObject("select name_zh from training.certificate_type where tenant_id = ? and code = ?",
							String.class, DEMO, DEMO_CODE)).isEqualTo("示例隔离证");
				})),
				entry("POST /api/v1/training/certificates", new Probe("acmeCannotCertifyDemoEmployee", acme -> notFound(Multipart.form(
						Map.of("employeeId", demoEmployee.toString(), "type", DEMO_CODE, "number", TestUsers.unique("X"),
								"issuer", "acme", "issuedOn", "2024-01-01"), "scan", "scan.pdf", "%PDF-1.4\n%%EOF\n")
					.postTo(acme, "/api/v1/training/certificates")))),
				entry("POST /api/v1/training/certificates/expiry-scan", new Probe("acmeScanRemindsNoDemoHolder", acme -> {
					String demoReminders = "select count(*) from training.certificate_reminder where tenant_id = '" + DEMO + "'";
					Long before = jdbc.queryForObject(demoReminders, Long.class);
					assertThat(acme.post("/api/v1/training/certificates/expiry-scan", null).status()).isEqualTo(200);
					assertThat(jdbc.queryForObject(demoReminders, Long.class)).isEqualTo(before);
				})),
				entry("GET /api/v1/training/certificates", new Probe("acmeCannotReadDemoCertificates",
						acme -> notFound(acme.get("/api/v1/training/certificates?employeeId=" + demoEmployee)))),
				entry("GET /api/v1/training/compliance", new Probe("acmeComplianceHoldsNoDemoData", acme -> {
					noDemo(acme.get("/api/v1/training/compliance"));
					assertThat(acme.get("/api/v1/training/compliance").body()).doesNotContain(demoEmployee.toString());
				})),
				entry("POST /api/v1/training/compliance/rebuild", new Probe("acmeRebuildLeavesDemoLearnersAlone", acme -> {
					String demoLearners = "select count(*) from training.learner where tenant_id = '" + DEMO + "'";
					Long before = jdbc.queryForObject(demoLearners, Long.class);
					assertThat(acme.post("/api/v1/training/compliance/rebuild", null).status()).isEqualTo(200);
					assertThat(jdbc.queryForObject(demoLearners, Long.class)).isEqualTo(before);
					assertThat(acme.get("/api/v1/training/compliance").body()).doesNotContain(demoEmployee.toString());
				})),
				entry("GET /api/v1/training/exams", new Probe("acmeListsOnlyItsOwnExams",
						acme -> assertThat(acme.get("/api/v1/training/exams").body()).doesNotContain(demoExam.toString()))),
				entry("POST /api/v1/training/exams", new Probe("acmeExamCannotDrawDemoQuestions", acme -> {
					String bank = jdbc.query("select bank from training.question where tenant_id = ? limit 1",
							(rs, n) -> rs.getString(1), DEMO).stream().findFirst().orElse("NONE");
					assertProblem(acme.post("/api/v1/training/exams", Map.of("code", TestUsers.unique("ISO"), "titleZh", "甲",
							"titleEn", "A", "bank", bank, "questionCount", 1, "timeLimitMinutes", 5, "passMark", 60,
							"maxAttempts", 1)), 400);
				})),
				entry("POST /api/v1/me/training/exams/{id}/attempts", new Probe("acmeCannotStartDemoExam",
						acme -> notFound(acme.post("/api/v1/me/training/exams/" + demoExam + "/attempts", null)))),
				entry("POST /api/v1/me/training/attempts/{id}/submit", new Probe("acmeCannotSubmitDemoAttempt",
						acme -> notFound(acme.post("/api/v1/me/training/attempts/" + UUID.randomUUID() + "/submit",
								Map.of("answers", Map.of()))))),
				entry("GET /api/v1/training/recommendations", new Probe("acmeCannotReadDemoRecommendations",
						acme -> notFound(acme.get("/api/v1/training/recommendations?employeeId=" + demoEmployee)))),
				entry("GET /api/v1/me/training/recommendations", new Probe("acmeOwnRecommendationsHoldNoDemoData",
						acme -> noDemo(acme.get("/api/v1/me/training/recommendations")))),
				entry("POST /api/v1/training/recommendations", new Probe("acmeCannotRecommendToDemoEmployee", acme -> {
					notFound(acme.post("/api/v1/training/recommendations", Map.of("employeeId", demoEmployee, "courseId",
							demoCourse, "text", "acme")));
					assertThat(jdbc.queryForObject("select count(*) from training.manager_recommendation where employee_id = ? "
							+ "and text = 'acme'", Long.class, demoEmployee)).isZero();
				})),
				entry("POST /api/v1/training/recommendations/accept", new Probe("acmeCannotAcceptForDemoEmployee",
						acme -> notFound(acme.post("/api/v1/training/recommendations/accept", Map.of("employeeId", demoEmployee,
								"courseId", demoCourse))))),
				entry("GET /api/v1/me/training/enrolments", new Probe("acmeOwnEnrolmentsHoldNoDemoData",
						acme -> noDemo(acme.get("/api/v1/me/training/enrolments")))),
				entry("POST /api/v1/me/training/enrolments/{id}/progress", new Probe("acmeCannotRecordDemoProgress",
						acme -> notFound(acme.post("/api/v1/me/training/enrolments/" + demoEnrolment + "/progress",
								Map.of("positionSeconds", 1, "watchedSeconds", 1))))),
				entry("POST /api/v1/me/training/sign-in", new Probe("acmeCannotSignInToDemoSession",
						acme -> notFound(acme.post("/api/v1/me/training/sign-in", Map.of("token", demoToken))))),
				entry("GET /api/v1/me/training/certificates", new Probe("acmeOwnCertificatesHoldNoDemoData",
						acme -> noDemo(acme.get("/api/v1/me/training/certificates")))),
				entry("GET /api/v1/me/training/certificates/{id}/pdf", new Probe("acmeCannotPrintDemoCertificate",
						acme -> notFound(acme.get("/api/v1/me/training/certificates/" + demoCertificate + "/pdf")))));
	}

	private String enrolmentStatus() {
		return jdbc.queryForObject("select status from training.enrolment where id = ?", String.class, demoEnrolment);
	}

	private void noDemo(ApiClient.Response response) {
		assertNoDemoData.accept(response.body());
		assertThat(response.body()).doesNotContain(DEMO_CODE).doesNotContain(demoEmployee.toString());
	}

	private void notFound(ApiClient.Response response) {
		assertProblem(response, 404);
		assertNoDemoData.accept(response.body());
	}
}
