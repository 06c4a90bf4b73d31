package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewFixtures;
import io.renloop.payroll.RegionFixtures;
import io.renloop.platform.BackgroundJobs;
import io.renloop.platform.Permission;
import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.ApiEndpoints;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.Multipart;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what: every documented endpoint against every demo role, the data scopes (subtree, self),
 * anonymous access, waits after wrong passwords, token revocation and token scopes.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/** The columns of the matrix. */
	static final List<String> LOGINS = List.of("admin@demo.example", "hr@demo.example", "recruiter@demo.example",
			"manager@demo.example", "employee@demo.example", "interviewer@demo.example");

	/** The candidate's side of AI interviews: public, authenticated by the token in the path. */
	static final String CANDIDATE = "/api/v1/candidate-interview/";

	/** The new hire's side of onboarding: public, authenticated by the random token of their link. */
	static final String NEW_HIRE = "/api/v1/onboarding/";

	/** The candidate's side of offers: public, authenticated by the random token in the path. */
	static final String CANDIDATE_OFFER = "/api/v1/candidate-offers/";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Autowired
	BackgroundJobs jobs;

	DemoData data;

	UUID mining;

	/** An employee in the manager's subtree (COAL-2), not the manager and not the employee login. */
	UUID miner;

	/** An employee outside the manager's subtree. */
	UUID accountant;

	/** A question of demo's interview bank. */
	String demoQuestion;

	/** A queued demo background job that recruitment may read (no handler runs its type, so it stays queued). */
	UUID recruitmentJob;

	/** A demo position that has a competency model. */
	UUID modelPosition;

	@BeforeAll
	void findDemoRecords() {
		data = new DemoData(jdbc);
		modelPosition = data.positionId(DEMO, "SHEARER");
		assertThat(ApiClient.as(port, "hr@demo.example")
			.put("/api/v1/positions/" + modelPosition + "/competency-model", competencyModel())
			.status()).isEqualTo(200);
		mining = data.departmentId(DEMO, "MINING");
		miner = data.someEmployeeIn(DEMO, "COAL-2");
		accountant = data.someEmployeeIn(DEMO, "FIN");
		demoQuestion = InterviewFixtures.createGasQuestion(ApiClient.as(port, "hr@demo.example"), null);
		recruitmentJob = SystemActor.callAs(DEMO,
				() -> jobs.submit("test.authorization-matrix", Map.of(), 0, Permission.RECRUITMENT_READ));
	}

	// --- the role × endpoint matrix

	/**
	 * One request per documented endpoint with the expected outcome for each login, in the order of
	 * {@link #LOGINS}: admin, hr, recruiter, manager, employee, interviewer.
	 */
	List<Row> matrix() {
		String unknown = "/" + UUID.randomUUID();
		String anyEmployee = "/api/v1/employees/" + miner;
		return Stream.concat(Stream.of(
				row("GET /api/v1/departments", "GET", "/api/v1/departments", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("GET /api/v1/departments/{id}", "GET", "/api/v1/departments/" + mining, null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/departments", "POST", "/api/v1/departments", this::newTeam, "2xx 2xx 403 403 403 403"),
				row("PUT /api/v1/departments/{id}", "PUT", "/api/v1/departments" + unknown, this::newTeam, "404 404 403 403 403 403"),
				row("GET /api/v1/positions", "GET", "/api/v1/positions", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("GET /api/v1/positions/{id}", "GET", "/api/v1/positions/" + data.positionId(DEMO, "SHEARER"), null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/positions", "POST", "/api/v1/positions", this::newCodeAndName, "2xx 2xx 403 403 403 403"),
				row("PUT /api/v1/positions/{id}", "PUT", "/api/v1/positions" + unknown, this::newCodeAndName, "404 404 403 403 403 403"),
				row("GET /api/v1/job-families", "GET", "/api/v1/job-families", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/job-families", "POST", "/api/v1/job-families", this::newCodeAndName, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/headcount-plans", "GET", "/api/v1/headcount-plans", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("PUT /api/v1/headcount-plans", "PUT", "/api/v1/headcount-plans", this::unchangedHeadcount, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/employees", "GET", "/api/v1/employees", null, "2xx 2xx 403 2xx 2xx 403"),
				row("POST /api/v1/employees", "POST", "/api/v1/employees", this::newEmployee, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/employees/{id}", "GET", anyEmployee, null, "2xx 2xx 403 2xx 404 403"),
				row("PUT /api/v1/employees/{id}", "PUT", "/api/v1/employees" + unknown, this::newEmployee, "404 404 403 403 403 403"),
				row("GET /api/v1/employees/{id}/personal-data", "GET", anyEmployee + "/personal-data", null, "2xx 2xx 403 403 403 403"),
				row("POST /api/v1/employees/{id}/lifecycle", "POST", "/api/v1/employees" + unknown + "/lifecycle", this::termination, "404 404 403 403 403 403"),
				row("GET /api/v1/employees/{id}/timeline", "GET", anyEmployee + "/timeline", null, "2xx 2xx 403 2xx 404 403"),
				row("GET /api/v1/audit/events", "GET", "/api/v1/audit/events", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/audit/verify", "GET", "/api/v1/audit/verify", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/auth/tokens", "GET", "/api/v1/auth/tokens", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/auth/tokens", "POST", "/api/v1/auth/tokens", () -> Map.of("name", "matrix"), "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("DELETE /api/v1/auth/tokens/{id}", "DELETE", "/api/v1/auth/tokens" + unknown, null, "404 404 404 404 404 404"),
				row("POST /api/v1/imports/{kind}", "POST", "/api/v1/imports/departments?dryRun=true", this::departmentsCsv, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/imports/jobs/{jobId}", "GET", "/api/v1/imports/jobs" + unknown, null, "404 404 403 403 403 403"),
				row("GET /api/v1/imports/templates/{kind}.xlsx", "GET", "/api/v1/imports/templates/departments.xlsx", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/exports/{kind}", "GET", "/api/v1/exports/departments?format=csv", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/users", "GET", "/api/v1/users", null, "2xx 403 403 403 403 403"),
				row("GET /api/v1/users/{id}", "GET", "/api/v1/users" + unknown, null, "404 403 403 403 403 403"),
				row("POST /api/v1/users", "POST", "/api/v1/users", this::newUser, "2xx 403 403 403 403 403"),
				row("PUT /api/v1/users/{id}/access", "PUT", "/api/v1/users" + unknown + "/access", () -> Map.of("roles", List.of("EMPLOYEE")), "404 403 403 403 403 403"),
				row("POST /api/v1/resumes/parse", "POST", "/api/v1/resumes/parse", () -> Map.of("text", "张伟\n13800138000\n中国矿业大学 安全工程 本科"), "2xx 2xx 2xx 403 403 403"),
				row("GET /api/v1/positions/{positionId}/competency-model", "GET", "/api/v1/positions/" + modelPosition + "/competency-model", null, "2xx 2xx 2xx 403 403 403"),
				row("PUT /api/v1/positions/{positionId}/competency-model", "PUT", "/api/v1/positions/" + modelPosition + "/competency-model", this::competencyModel, "2xx 2xx 2xx 403 403 403"),
				row("POST /api/v1/requisitions", "POST", "/api/v1/requisitions", this::newRequisition, "2xx 2xx 2xx 403 403 403"),
				row("GET /api/v1/requisitions", "GET", "/api/v1/requisitions", null, "2xx 2xx 2xx 403 403 403"),
				row("GET /api/v1/requisitions/{id}", "GET", "/api/v1/requisitions" + unknown, null, "404 404 404 403 403 403"),
				row("POST /api/v1/requisitions/{id}/open", "POST", "/api/v1/requisitions" + unknown + "/open", null, "404 404 404 403 403 403"),
				row("POST /api/v1/requisitions/{id}/hold", "POST", "/api/v1/requisitions" + unknown + "/hold", null, "404 404 404 403 403 403"),
				row("POST /api/v1/requisitions/{id}/close", "POST", "/api/v1/requisitions" + unknown + "/close", null, "404 404 404 403 403 403"),
				row("POST /api/v1/requisitions/{id}/applications", "POST", "/api/v1/requisitions" + unknown + "/applications", this::newApplicant, "404 404 404 403 403 403"),
				row("GET /api/v1/requisitions/{id}/applications", "GET", "/api/v1/requisitions" + unknown + "/applications", null, "404 404 404 403 403 403"),
				row("GET /api/v1/requisitions/{id}/matches", "GET", "/api/v1/requisitions" + unknown + "/matches", null, "404 404 404 403 403 403"),
				row("GET /api/v1/requisitions/{id}/recommendations", "GET", "/api/v1/requisitions" + unknown + "/recommendations", null, "404 404 404 403 403 403"),
				row("GET /api/v1/talent-pool/search", "GET", "/api/v1/talent-pool/search?q=%E5%AE%89%E5%85%A8", null, "2xx 2xx 2xx 403 403 403"),
				row("POST /api/v1/talent-pool/rebuild", "POST", "/api/v1/talent-pool/rebuild", null, "2xx 2xx 2xx 403 403 403"),
				row("GET /api/v1/positions/{id}/ideal-profile", "GET", "/api/v1/positions/" + modelPosition + "/ideal-profile", null, "2xx 2xx 2xx 403 403 403"),
				row("GET /api/v1/candidates/{id}", "GET", "/api/v1/candidates" + unknown, null, "404 404 404 403 403 403"),
				row("GET /api/v1/candidates/{id}/export", "GET", "/api/v1/candidates" + unknown + "/export", null, "404 404 403 403 403 403"),
				row("DELETE /api/v1/candidates/{id}", "DELETE", "/api/v1/candidates" + unknown, null, "404 404 403 403 403 403"),
				row("GET /api/v1/analytics/recruitment/channels", "GET", "/api/v1/analytics/recruitment/channels?from=2025-01-01&to=2025-12-31", null, "2xx 2xx 2xx 403 403 403"),
				row("POST /api/v1/applications/{id}/transitions", "POST", "/api/v1/applications" + unknown + "/transitions", () -> Map.of("to", "SCREENED"), "404 404 404 403 403 403"),
				row("POST /api/v1/applications/transitions", "POST", "/api/v1/applications/transitions", () -> Map.of("applicationIds", List.of(UUID.randomUUID()), "to", "SCREENED"), "404 404 404 403 403 403"),
				row("POST /api/v1/applications/inbound", "POST", "/api/v1/applications/inbound", () -> Map.of("requisitionId", UUID.randomUUID(), "channel", "LIEPIN", "resume", Map.of("text", "张伟\n13800138000"), "consent", true), "404 404 404 403 403 403"),
				row("POST /api/v1/candidates/import", "POST", "/api/v1/candidates/import", this::resumeUpload, "404 404 404 403 403 403"),
				row("GET /api/v1/jobs/{jobId}", "GET", "/api/v1/jobs/" + recruitmentJob, null, "2xx 2xx 2xx 403 403 403"),
				row("GET /api/v1/interview/questions", "GET", "/api/v1/interview/questions", null, "2xx 2xx 2xx 403 403 2xx"),
				row("GET /api/v1/interview/questions/{id}", "GET", "/api/v1/interview/questions/" + demoQuestion, null, "2xx 2xx 2xx 403 403 2xx"),
				row("POST /api/v1/interview/questions", "POST", "/api/v1/interview/questions", () -> InterviewFixtures.question("TEST-STAR-CONFLICT", null), "2xx 2xx 2xx 403 403 403"),
				row("PUT /api/v1/interview/questions/{id}", "PUT", "/api/v1/interview/questions" + unknown, () -> InterviewFixtures.question("TEST-STAR-CONFLICT", null), "404 404 404 403 403 403"),
				row("DELETE /api/v1/interview/questions/{id}", "DELETE", "/api/v1/interview/questions" + unknown, null, "404 404 404 403 403 403"),
				row("POST /api/v1/interview/questions/suggest-key-points", "POST", "/api/v1/interview/questions/suggest-key-points", () -> Map.of("text", "立即停止作业；撤离人员；报告调度室。", "language", "zh"), "2xx 2xx 2xx 403 403 403"),
				row("POST /api/v1/interview/questions/{id}/score-preview", "POST", "/api/v1/interview/questions/" + demoQuestion + "/score-preview", () -> Map.of("text", "我会立即停止作业，组织人员撤离，并报告调度室。"), "2xx 2xx 2xx 403 403 2xx"),
				row("GET /api/v1/requisitions/{id}/interview-plan", "GET", "/api/v1/requisitions" + unknown + "/interview-plan", null, "404 404 404 403 403 404"),
				row("PUT /api/v1/requisitions/{id}/interview-plan", "PUT", "/api/v1/requisitions" + unknown + "/interview-plan", this::interviewPlan, "404 404 404 403 403 403"),
				row("POST /api/v1/applications/{id}/ai-interview", "POST", "/api/v1/applications" + unknown + "/ai-interview", null, "404 404 404 403 403 403"),
				row("GET /api/v1/ai-interviews/decision-log", "GET", "/api/v1/ai-interviews/decision-log", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/ai-interviews/{sessionId}/report", "GET", "/api/v1/ai-interviews" + unknown + "/report", null, "404 404 404 403 403 404"),
				row("GET /api/v1/interviewers/{userId}/availability", "GET", "/api/v1/interviewers" + unknown + "/availability", null, "404 404 404 403 403 404"),
				row("POST /api/v1/interviewers/{userId}/availability", "POST", "/api/v1/interviewers" + unknown + "/availability", this::availablePeriod, "404 404 404 403 403 404"),
				row("POST /api/v1/applications/{id}/interviews", "POST", "/api/v1/applications" + unknown + "/interviews", this::interviewBooking, "404 404 404 403 403 403"),
				row("GET /api/v1/applications/{id}/interviews", "GET", "/api/v1/applications" + unknown + "/interviews", null, "404 404 404 403 403 404"),
				row("DELETE /api/v1/applications/{id}/interviews/{interviewId}", "DELETE", "/api/v1/applications" + unknown + "/interviews" + unknown, null, "404 404 404 403 403 403"),
				// demo mode only (the test profile): every outgoing message, for tenant administrators
				row("GET /api/v1/dev/outbox", "GET", "/api/v1/dev/outbox", null, "2xx 403 403 403 403 403"),
				// the event publications of the whole installation: platform administrators only, not a tenant's admin
				row("GET /api/v1/admin/event-publications", "GET", "/api/v1/admin/event-publications?state=FAILED", null, "403 403 403 403 403 403"),
				row("POST /api/v1/admin/event-publications/{id}/retry", "POST", "/api/v1/admin/event-publications" + unknown + "/retry", null, "403 403 403 403 403 403"),
				// the candidate's side is public and guarded by the link's token alone: a login changes nothing
				row("GET /api/v1/candidate-interview/{token}", "GET", CANDIDATE + "not.signed", null, "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-interview/{token}/consent", "POST", CANDIDATE + "not.signed/consent", null, "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-interview/{token}/questions/{questionId}/start", "POST", CANDIDATE + "not.signed/questions" + unknown + "/start", null, "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-interview/{token}/answers", "POST", CANDIDATE + "not.signed/answers", () -> Map.of("questionId", UUID.randomUUID(), "text", "答案"), "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-interview/{token}/submit", "POST", CANDIDATE + "not.signed/submit", null, "404 404 404 404 404 404"),
				row("GET /api/v1/candidate-interview/{token}/feedback", "GET", CANDIDATE + "not.signed/feedback", null, "404 404 404 404 404 404"),
				row("GET /api/v1/candidate-interview/{token}/self-report", "GET", CANDIDATE + "not.signed/self-report", null, "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-interview/{token}/self-report", "POST", CANDIDATE + "not.signed/self-report", () -> Map.of("gender", "MALE"), "404 404 404 404 404 404"),
				row("GET /api/v1/interview/settings", "GET", "/api/v1/interview/settings", null, "2xx 2xx 403 403 403 403"),
				row("PUT /api/v1/interview/settings", "PUT", "/api/v1/interview/settings", () -> Map.of("feedbackRelease", "NEVER"), "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/analytics/fairness", "GET", "/api/v1/analytics/fairness?stage=HIRED", null, "2xx 2xx 403 403 403 403"),
				row("POST /api/v1/candidate-interview/{token}/answers/{questionId}/audio", "POST", CANDIDATE + "not.signed/answers" + unknown + "/audio", () -> Multipart.file("file", "answer.ogg", "OggS"), "404 404 404 404 404 404"),
				row("GET /api/v1/ai-interviews/{sessionId}/answers/{questionId}/audio", "GET", "/api/v1/ai-interviews" + unknown + "/answers" + unknown + "/audio", null, "404 404 404 403 403 404"),
				row("POST /api/v1/candidate-interview/{token}/human-review", "POST", CANDIDATE + "not.signed/human-review", () -> Map.of("reason", "请人工复核"), "404 404 404 404 404 404"),
				row("POST /api/v1/applications/{id}/scorecards", "POST", "/api/v1/applications" + unknown + "/scorecards", this::scorecard, "404 404 404 403 403 404"),
				row("GET /api/v1/applications/{id}/scorecards", "GET", "/api/v1/applications" + unknown + "/scorecards", null, "404 404 404 403 403 404"),
				row("GET /api/v1/applications/{id}/assessment", "GET", "/api/v1/applications" + unknown + "/assessment", null, "404 404 404 403 403 404"),
				row("GET /api/v1/requisitions/{id}/assessment-weights", "GET", "/api/v1/requisitions" + unknown + "/assessment-weights", null, "404 404 404 403 403 404"),
				row("PUT /api/v1/requisitions/{id}/assessment-weights", "PUT", "/api/v1/requisitions" + unknown + "/assessment-weights", () -> Map.of("ai", 30, "human", 70), "404 404 404 403 403 403"),
				row("POST /api/v1/applications/{id}/decision", "POST", "/api/v1/applications" + unknown + "/decision", () -> Map.of("outcome", "HOLD"), "404 404 404 403 403 403"),
				row("GET /api/v1/human-reviews", "GET", "/api/v1/human-reviews?status=OPEN", null, "2xx 2xx 2xx 403 403 403"),
				row("POST /api/v1/human-reviews/{id}/answer", "POST", "/api/v1/human-reviews" + unknown + "/answer", () -> Map.of("outcome", "CONFIRMED", "comment", "维持"), "404 404 404 403 403 403"),
				row("POST /api/v1/users/{id}/unlock", "POST", "/api/v1/users" + unknown + "/unlock", null, "404 403 403 403 403 403"),
				row("PUT /api/v1/users/{id}/password", "PUT", "/api/v1/users" + unknown + "/password", () -> Map.of("password", "Granite-orbit-2026"), "404 403 403 403 403 403"),
				// any signed-in caller, no particular permission: it reads and stores nothing
				row("POST /api/v1/validation/identity", "POST", "/api/v1/validation/identity", () -> Map.of("type", "PRC_RESIDENT_ID", "value", "11010519491231002X"), "2xx 2xx 2xx 2xx 2xx 2xx"),
				// the income tax calculator: PAYSLIP_READ, which every role has
				row("POST /api/v1/payroll/tax/cumulative-withholding", "POST", "/api/v1/payroll/tax/cumulative-withholding", () -> Map.of("months", List.of(Map.of("income", 30000, "socialInsurance", 4500, "specialAdditionalDeductions", 2000, "otherDeductions", 0))), "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/payroll/tax/annual-bonus", "POST", "/api/v1/payroll/tax/annual-bonus", () -> Map.of("bonus", 36001), "2xx 2xx 2xx 2xx 2xx 2xx"),
				// onboarding: HR works the cases, managers and IT read them and their checklist items; the new hire's side is public
				row("GET /api/v1/onboarding-cases", "GET", "/api/v1/onboarding-cases", null, "2xx 2xx 2xx 2xx 403 403"),
				row("GET /api/v1/onboarding-cases/{id}", "GET", "/api/v1/onboarding-cases" + unknown, null, "404 404 404 404 403 403"),
				row("POST /api/v1/onboarding-cases/{id}/checklist/{itemId}/done", "POST", "/api/v1/onboarding-cases" + unknown + "/checklist" + unknown + "/done", null, "404 404 404 404 403 403"),
				row("POST /api/v1/onboarding-cases/{id}/complete", "POST", "/api/v1/onboarding-cases" + unknown + "/complete", null, "404 404 403 403 403 403"),
				row("GET /api/v1/onboarding/{token}", "GET", NEW_HIRE + "not-a-token", null, "404 404 404 404 404 404"),
				row("PUT /api/v1/onboarding/{token}/personal-info", "PUT", NEW_HIRE + "not-a-token/personal-info", () -> Map.of("name", "张伟"), "404 404 404 404 404 404"),
				row("POST /api/v1/onboarding/{token}/documents", "POST", NEW_HIRE + "not-a-token/documents", () -> Multipart.file("file", "id.png", "PNG"), "404 404 404 404 404 404"),
				row("POST /api/v1/onboarding/{token}/submit", "POST", NEW_HIRE + "not-a-token/submit", null, "404 404 404 404 404 404"),
				row("GET /api/v1/onboarding/{token}/contract.pdf", "GET", NEW_HIRE + "not-a-token/contract.pdf", null, "404 404 404 404 404 404"),
				row("POST /api/v1/onboarding/{token}/contract/accept", "POST", NEW_HIRE + "not-a-token/contract/accept", null, "404 404 404 404 404 404"),
				row("POST /api/v1/onboarding/{token}/contract/confirm", "POST", NEW_HIRE + "not-a-token/contract/confirm", () -> Map.of("code", "123456"), "404 404 404 404 404 404"),
				row("GET /api/v1/onboarding-cases/{id}/contract.pdf", "GET", "/api/v1/onboarding-cases" + unknown + "/contract.pdf", null, "404 404 404 404 403 403"),
				row("GET /api/v1/contract-templates", "GET", "/api/v1/contract-templates", null, "2xx 2xx 403 403 403 403"),
				row("PUT /api/v1/contract-templates", "PUT", "/api/v1/contract-templates", this::englishContractTemplate, "2xx 2xx 403 403 403 403"),
				row("POST /api/v1/applications/{id}/offers", "POST", "/api/v1/applications" + unknown + "/offers", () -> io.renloop.onboarding.OfferFixtures.terms(9000), "404 404 404 403 403 403"),
				row("GET /api/v1/applications/{id}/offers", "GET", "/api/v1/applications" + unknown + "/offers", null, "404 404 404 404 403 403"),
				row("GET /api/v1/offers/{id}", "GET", "/api/v1/offers" + unknown, null, "404 404 404 404 403 403"),
				row("POST /api/v1/offers/{id}/withdraw", "POST", "/api/v1/offers" + unknown + "/withdraw", null, "404 404 404 403 403 403"),
				row("GET /api/v1/offers/{id}/preview.pdf", "GET", "/api/v1/offers" + unknown + "/preview.pdf", null, "404 404 404 404 403 403"),
				row("GET /api/v1/offers/{id}/signed.pdf", "GET", "/api/v1/offers" + unknown + "/signed.pdf", null, "404 404 404 404 403 403"),
				row("GET /api/v1/offer-templates", "GET", "/api/v1/offer-templates", null, "2xx 2xx 2xx 403 403 403"),
				row("PUT /api/v1/offer-templates", "PUT", "/api/v1/offer-templates", this::englishOfferTemplate, "2xx 2xx 2xx 403 403 403"),
				// leave: everyone with an employee record has their own; managers their team, HR all; HR administers
				row("GET /api/v1/leave/types", "GET", "/api/v1/leave/types", null, "2xx 2xx 403 2xx 2xx 403"),
				row("PUT /api/v1/leave/types/{code}", "PUT", "/api/v1/leave/types/MATRIX_PROBE", this::leaveType, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/leave/rules", "GET", "/api/v1/leave/rules", null, "2xx 2xx 403 2xx 2xx 403"),
				row("GET /api/v1/leave/medical-period", "GET", "/api/v1/leave/medical-period?employeeId=" + miner, null, "2xx 2xx 403 2xx 404 403"),
				row("GET /api/v1/leave/balances", "GET", "/api/v1/leave/balances?employeeId=" + miner, null, "2xx 2xx 403 2xx 404 403"),
				row("GET /api/v1/me/leave/balances", "GET", "/api/v1/me/leave/balances", null, "404 404 403 2xx 2xx 403"),
				row("POST /api/v1/leave/balances/adjustments", "POST", "/api/v1/leave/balances/adjustments", () -> Map.of("employeeId", miner, "type", "COMPENSATORY", "days", 0.5, "reason", "matrix"), "2xx 2xx 403 403 403 403"),
				row("POST /api/v1/leave/requests", "POST", "/api/v1/leave/requests", () -> Map.of("employeeId", UUID.randomUUID(), "type", "PERSONAL", "start", "2026-03-02", "end", "2026-03-02"), "404 404 403 404 404 403"),
				row("GET /api/v1/leave/requests", "GET", "/api/v1/leave/requests", null, "2xx 2xx 403 2xx 2xx 403"),
				row("GET /api/v1/me/leave/requests", "GET", "/api/v1/me/leave/requests", null, "404 404 403 2xx 2xx 403"),
				row("GET /api/v1/leave/requests/{id}", "GET", "/api/v1/leave/requests" + unknown, null, "404 404 403 404 404 403"),
				row("POST /api/v1/leave/requests/{id}/cancel", "POST", "/api/v1/leave/requests" + unknown + "/cancel", null, "404 404 403 404 404 403"),
				row("POST /api/v1/leave/requests/{id}/return", "POST", "/api/v1/leave/requests" + unknown + "/return", () -> Map.of("lastDay", "2026-03-02"), "404 404 403 404 404 403"),
				row("GET /api/v1/leave/calendar", "GET", "/api/v1/leave/calendar?from=2026-03-01&to=2026-03-31", null, "2xx 2xx 403 2xx 2xx 403"),
				// payroll regions: payroll staff read them, payroll administrators (here only the tenant admin) save versions
				row("GET /api/v1/payroll/regions", "GET", "/api/v1/payroll/regions", null, "2xx 403 403 403 403 403"),
				row("GET /api/v1/payroll/regions/{code}", "GET", "/api/v1/payroll/regions/BJ", null, "2xx 403 403 403 403 403"),
				row("PUT /api/v1/payroll/regions/{code}", "PUT", "/api/v1/payroll/regions/MATRIX_PROBE", () -> RegionFixtures.version("矩阵地区", "2099-01-01"), "2xx 403 403 403 403 403"),
				// attendance: calendars and schedules are read by everybody with attendance, schedules within the data scope
				row("GET /api/v1/attendance/calendars/{calendarId}/days", "GET", "/api/v1/attendance/calendars/default/days?from=2026-02-01&to=2026-02-28", null, "2xx 2xx 403 2xx 2xx 403"),
				row("GET /api/v1/attendance/schedule", "GET", "/api/v1/attendance/schedule?employeeId=" + miner + "&from=2026-02-01&to=2026-02-28", null, "2xx 2xx 403 2xx 404 403"),
				row("GET /api/v1/attendance/calendars", "GET", "/api/v1/attendance/calendars", null, "2xx 2xx 403 2xx 2xx 403"),
				row("POST /api/v1/attendance/calendars", "POST", "/api/v1/attendance/calendars", () -> Map.of("code", "M" + UUID.randomUUID().toString().substring(0, 8), "nameZh", "矩阵日历", "nameEn", "Matrix calendar"), "2xx 2xx 403 403 403 403"),
				row("PUT /api/v1/attendance/calendars/{calendarId}/days/{date}", "PUT", "/api/v1/attendance/calendars" + unknown + "/days/2027-01-04", () -> Map.of("type", "REST_DAY"), "404 404 403 403 403 403"),
				row("POST /api/v1/attendance/calendars/{calendarId}/imports", "POST", "/api/v1/attendance/calendars" + unknown + "/imports", () -> Multipart.file("file", "2027.json", "{}"), "404 404 403 403 403 403"),
				row("PUT /api/v1/attendance/calendar-assignments/{departmentId}", "PUT", "/api/v1/attendance/calendar-assignments" + unknown, () -> Map.of("calendarId", "default"), "404 404 403 403 403 403"),
				row("GET /api/v1/attendance/shifts", "GET", "/api/v1/attendance/shifts", null, "2xx 2xx 403 2xx 2xx 403"),
				row("PUT /api/v1/attendance/shifts/{code}", "PUT", "/api/v1/attendance/shifts/MATRIX", () -> Map.of("nameZh", "矩阵班", "nameEn", "Matrix", "start", "08:00", "end", "17:00", "breakMinutes", 60), "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/attendance/shifts/{code}/required-certificates", "GET", "/api/v1/attendance/shifts/STD/required-certificates", null, "2xx 2xx 403 2xx 2xx 403"),
				row("PUT /api/v1/attendance/shifts/{code}/required-certificates", "PUT", "/api/v1/attendance/shifts/STD/required-certificates", () -> Map.of("certificateTypes", List.of()), "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/attendance/rotations", "GET", "/api/v1/attendance/rotations", null, "2xx 2xx 403 2xx 2xx 403"),
				row("POST /api/v1/attendance/rotations", "POST", "/api/v1/attendance/rotations", () -> Map.of("code", "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "nameZh", "矩阵轮班", "nameEn", "Matrix rotation", "cycle", List.of("STD", "-"), "startDate", "2026-01-01"), "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/attendance/rotation-assignments", "GET", "/api/v1/attendance/rotation-assignments", null, "2xx 2xx 403 403 403 403"),
				row("POST /api/v1/attendance/rotation-assignments", "POST", "/api/v1/attendance/rotation-assignments", () -> Map.of("rotationCode", "SAN_BAN_DAO", "departmentId", UUID.randomUUID(), "effectiveFrom", "2027-01-01"), "404 404 403 403 403 403"),
				row("POST /api/v1/attendance/schedule/bulk", "POST", "/api/v1/attendance/schedule/bulk", () -> Map.of("employeeIds", List.of(UUID.randomUUID()), "from", "2027-01-01", "to", "2027-01-01", "shiftCode", "STD"), "404 404 403 403 403 403"),
				row("POST /api/v1/attendance/shift-swaps", "POST", "/api/v1/attendance/shift-swaps", () -> Map.of("employeeId", miner, "partnerId", UUID.randomUUID(), "date", "2030-01-02"), "404 404 403 404 404 403"),
				// the candidate's side of an offer: public, guarded by the link's random token alone
				row("GET /api/v1/candidate-offers/{token}", "GET", CANDIDATE_OFFER + "A".repeat(43), null, "404 404 404 404 404 404"),
				row("GET /api/v1/candidate-offers/{token}/offer.pdf", "GET", CANDIDATE_OFFER + "A".repeat(43) + "/offer.pdf", null, "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-offers/{token}/accept", "POST", CANDIDATE_OFFER + "A".repeat(43) + "/accept", null, "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-offers/{token}/confirm", "POST", CANDIDATE_OFFER + "A".repeat(43) + "/confirm", () -> Map.of("code", "123456"), "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-offers/{token}/decline-code", "POST", CANDIDATE_OFFER + "A".repeat(43) + "/decline-code", null, "404 404 404 404 404 404"),
				row("POST /api/v1/candidate-offers/{token}/decline", "POST", CANDIDATE_OFFER + "A".repeat(43) + "/decline", () -> Map.of("reason", "另有安排", "code", "123456"), "404 404 404 404 404 404"),
				// approvals: every login has an inbox and a delegation; chains are for approval administrators
				row("GET /api/v1/approvals/inbox", "GET", "/api/v1/approvals/inbox", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/approvals/{taskId}/decision", "POST", "/api/v1/approvals" + unknown + "/decision", () -> Map.of("outcome", "APPROVED"), "404 404 404 404 404 404"),
				row("GET /api/v1/approvals/history", "GET", "/api/v1/approvals/history?subjectType=offer&subjectId=" + UUID.randomUUID(), null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/approvals/delegation", "GET", "/api/v1/approvals/delegation", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("PUT /api/v1/approvals/delegation", "PUT", "/api/v1/approvals/delegation", this::futureDelegation, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("GET /api/v1/approvals/chains/{subjectType}", "GET", "/api/v1/approvals/chains/offer", null, "2xx 2xx 403 403 403 403"),
				row("PUT /api/v1/approvals/chains/{subjectType}", "PUT", "/api/v1/approvals/chains/matrix-probe", () -> Map.of("steps", List.of(Map.of("name", "Head", "kind", "MANAGER", "levels", 1))), "2xx 2xx 403 403 403 403"),
				row("POST /api/v1/approvals/chains/{subjectType}/bpmn", "POST", "/api/v1/approvals/chains/matrix-bpmn/bpmn", () -> Multipart.file("file", "p.bpmn20.xml", MATRIX_BPMN), "2xx 2xx 403 403 403 403"),
				// time clock: devices and HR deliver clock events; everyone reads days within their data scope; HR closes months
				row("POST /api/v1/attendance/clock-events", "POST", "/api/v1/attendance/clock-events", () -> Map.of("events", List.of()), "2xx 2xx 403 2xx 2xx 403"),
				row("GET /api/v1/attendance/daily", "GET", "/api/v1/attendance/daily?employeeId=" + miner + "&from=2026-03-02&to=2026-03-06", null, "2xx 2xx 403 2xx 404 403"),
				row("GET /api/v1/attendance/periods/{period}/summary", "GET", "/api/v1/attendance/periods/2026-03/summary?employeeId=" + miner, null, "2xx 2xx 403 2xx 404 403"),
				row("POST /api/v1/attendance/periods/{period}/close", "POST", "/api/v1/attendance/periods/2099-01/close", null, "409 409 403 403 403 403"),
				row("POST /api/v1/attendance/periods/{period}/reopen", "POST", "/api/v1/attendance/periods/2019-01/reopen", () -> Map.of("reason", "matrix"), "409 409 403 403 403 403"),
				row("POST /api/v1/attendance/sites", "POST", "/api/v1/attendance/sites", () -> Map.of("name", "Matrix gate", "latitude", 37.87, "longitude", 112.55, "radiusMeters", 300), "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/attendance/sites", "GET", "/api/v1/attendance/sites", null, "2xx 2xx 403 2xx 2xx 403"),
				// no site covers the departments of these logins (admin has no employee record): refused, nothing kept
				row("POST /api/v1/me/clock-in", "POST", "/api/v1/me/clock-in", () -> Map.of("latitude", 0.0, "longitude", 0.0, "accuracy", 10), "409 409 403 409 409 403"),
				row("POST /api/v1/attendance/overtime-requests", "POST", "/api/v1/attendance/overtime-requests", () -> Map.of("employeeId", UUID.randomUUID(), "date", "2026-03-07", "minutes", 120), "404 404 403 404 404 403"),
				row("POST /api/v1/attendance/corrections", "POST", "/api/v1/attendance/corrections", () -> Map.of("employeeId", UUID.randomUUID(), "at", "2026-03-02T18:05:00+08:00"), "404 404 403 404 404 403"),
				row("GET /api/v1/attendance/corrections", "GET", "/api/v1/attendance/corrections?employeeId=" + miner, null, "2xx 2xx 403 2xx 404 403"),
				// payroll: salary items are the payroll team's (PAYROLL_*), which of these logins only the admin has
				row("GET /api/v1/payroll/items", "GET", "/api/v1/payroll/items", null, "2xx 403 403 403 403 403"),
				row("PUT /api/v1/payroll/items/{code}", "PUT", "/api/v1/payroll/items/MATRIX_ITEM", this::salaryItem, "2xx 403 403 403 403 403"),
				row("GET /api/v1/payroll/items/{code}/versions", "GET", "/api/v1/payroll/items/OVERTIME/versions", null, "2xx 403 403 403 403 403"),
				row("POST /api/v1/payroll/items/preview-on-employee", "POST", "/api/v1/payroll/items/preview-on-employee", () -> Map.of("formula", "base * 2", "employeeId", miner, "period", "2026-11"), "2xx 403 403 403 403 403"),
				row("POST /api/v1/payroll/items/preview", "POST", "/api/v1/payroll/items/preview", () -> Map.of("formula", "base * 2", "variables", Map.of("base", 1)), "2xx 403 403 403 403 403"),
				// payroll: pay groups, structures, inputs and runs are the payroll team's; payslips and declarations are one's own
				row("GET /api/v1/payroll/pay-groups", "GET", "/api/v1/payroll/pay-groups", null, "2xx 403 403 403 403 403"),
				row("PUT /api/v1/payroll/pay-groups/{code}", "PUT", "/api/v1/payroll/pay-groups/MATRIX_GROUP", () -> Map.of("name", "矩阵组", "regionCode", "BJ"), "2xx 403 403 403 403 403"),
				row("GET /api/v1/payroll/employees/{employeeId}/structures", "GET", "/api/v1/payroll/employees/" + miner + "/structures", null, "2xx 403 403 403 403 403"),
				row("POST /api/v1/payroll/employees/{employeeId}/structures", "POST", "/api/v1/payroll/employees" + unknown + "/structures", () -> Map.of("effectiveFrom", "2026-01-01", "payGroupCode", "MINE", "base", 1000, "housingFundRate", 0.1), "404 403 403 403 403 403"),
				row("POST /api/v1/payroll/inputs", "POST", "/api/v1/payroll/inputs?dryRun=true", () -> Map.of("period", "2027-02", "items", List.of(Map.of("employeeNo", "NOBODY", "code", "FINE", "amount", 1))), "422 403 403 403 403 403"),
				row("POST /api/v1/payroll/inputs/file", "POST", "/api/v1/payroll/inputs/file", () -> Multipart.form(Map.of("period", "2027-02", "dryRun", "true"), "file", "inputs.csv", "employeeNo,code,amount\nNOBODY,FINE,1\n"), "422 403 403 403 403 403"),
				row("GET /api/v1/payroll/runs/{id}/summary", "GET", "/api/v1/payroll/runs" + unknown + "/summary", null, "404 403 403 403 403 403"),
				row("POST /api/v1/payroll/runs", "POST", "/api/v1/payroll/runs", () -> Map.of("period", "2027-02", "payGroupId", UUID.randomUUID()), "400 403 403 403 403 403"),
				row("GET /api/v1/payroll/runs", "GET", "/api/v1/payroll/runs", null, "2xx 403 403 403 403 403"),
				row("GET /api/v1/payroll/runs/{id}", "GET", "/api/v1/payroll/runs" + unknown, null, "404 403 403 403 403 403"),
				row("POST /api/v1/payroll/runs/{id}/calculate", "POST", "/api/v1/payroll/runs" + unknown + "/calculate", null, "404 403 403 403 403 403"),
				row("GET /api/v1/payroll/runs/{id}/review", "GET", "/api/v1/payroll/runs" + unknown + "/review", null, "404 403 403 403 403 403"),
				row("POST /api/v1/payroll/runs/{id}/submit", "POST", "/api/v1/payroll/runs" + unknown + "/submit", null, "404 403 403 403 403 403"),
				row("POST /api/v1/payroll/runs/{id}/publish", "POST", "/api/v1/payroll/runs" + unknown + "/publish", null, "404 403 403 403 403 403"),
				row("GET /api/v1/payroll/runs/{id}/bank-file", "GET", "/api/v1/payroll/runs" + unknown + "/bank-file", null, "404 403 403 403 403 403"),
				row("POST /api/v1/payroll/runs/{id}/corrections", "POST", "/api/v1/payroll/runs" + unknown + "/corrections", null, "404 403 403 403 403 403"),
				row("GET /api/v1/payroll/sick-pay", "GET", "/api/v1/payroll/sick-pay", null, "2xx 403 403 403 403 403"),
				row("PUT /api/v1/payroll/sick-pay", "PUT", "/api/v1/payroll/sick-pay", () -> Map.of("tiers", List.of()), "400 403 403 403 403 403"),
				row("POST /api/v1/payroll/tax/opening-balances", "POST", "/api/v1/payroll/tax/opening-balances?dryRun=true", () -> Map.of("year", 2027, "items", List.of(Map.of("employeeNo", "NOBODY", "throughMonth", 1, "income", 1, "socialInsurance", 0, "taxPaid", 0))), "422 403 403 403 403 403"),
				row("POST /api/v1/payroll/tax/opening-balances/file", "POST", "/api/v1/payroll/tax/opening-balances/file", () -> Multipart.form(Map.of("year", "2027", "dryRun", "true"), "file", "balances.csv", "employeeNo,throughMonth,income,socialInsurance,taxPaid\nNOBODY,1,1,0,0\n"), "422 403 403 403 403 403"),
				// analytics: hiring validity spans the tenant (interview scores with performance): HR and the tenant admin only
				row("GET /api/v1/analytics/predictive-validity", "GET", "/api/v1/analytics/predictive-validity", null, "2xx 2xx 403 403 403 403"),
				row("GET /api/v1/me/payslips", "GET", "/api/v1/me/payslips", null, "404 404 404 2xx 2xx 2xx"),
				row("GET /api/v1/me/payslips/{period}", "GET", "/api/v1/me/payslips/1999-01", null, "404 404 404 404 404 404"),
				row("GET /api/v1/me/payslips/{period}/pdf", "GET", "/api/v1/me/payslips/1999-01/pdf", null, "404 404 404 404 404 404"),
				// performance: templates, cycles, metrics and publication are HR's (PERFORMANCE_ADMIN); calibration and the
				// talent review are for HR and managers; everyone with an employee reads and writes their own review
				row("GET /api/v1/performance/guidance", "GET", "/api/v1/performance/guidance", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("PUT /api/v1/performance/guidance", "PUT", "/api/v1/performance/guidance", () -> Map.of("grades", List.of(Map.of("code", "A", "minScore", 50, "share", 50), Map.of("code", "B", "minScore", 0, "share", 40))), "400 400 403 403 403 403"),
				row("GET /api/v1/performance/templates", "GET", "/api/v1/performance/templates", null, "2xx 2xx 403 403 403 403"),
				row("PUT /api/v1/performance/templates/{code}", "PUT", "/api/v1/performance/templates/MATRIX_KPI", () -> Map.of("name", "矩阵", "kind", "KPI", "competencyWeight", 0, "items", List.of(Map.of("code", "A", "name", "a", "weight", 100))), "2xx 2xx 403 403 403 403"),
				row("POST /api/v1/performance/cycles", "POST", "/api/v1/performance/cycles", () -> Map.of("name", "m", "kind", "QUARTERLY", "period", "2040-Q1", "periodStart", "2026-01-01", "periodEnd", "2026-03-31", "templateCode", "NO_SUCH"), "400 400 403 403 403 403"),
				row("GET /api/v1/performance/cycles", "GET", "/api/v1/performance/cycles", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("GET /api/v1/performance/cycles/{id}", "GET", "/api/v1/performance/cycles" + unknown, null, "404 404 404 404 404 404"),
				row("POST /api/v1/performance/cycles/{id}/phase", "POST", "/api/v1/performance/cycles" + unknown + "/phase", () -> Map.of("phase", "SELF_REVIEW"), "404 404 403 403 403 403"),
				row("GET /api/v1/performance/cycles/{id}/reviews", "GET", "/api/v1/performance/cycles" + unknown + "/reviews", null, "404 404 404 404 404 404"),
				row("POST /api/v1/performance/cycles/{id}/score", "POST", "/api/v1/performance/cycles" + unknown + "/score", null, "404 404 403 403 403 403"),
				row("GET /api/v1/performance/cycles/{id}/calibration", "GET", "/api/v1/performance/cycles" + unknown + "/calibration", null, "404 404 403 404 403 403"),
				row("PUT /api/v1/performance/cycles/{id}/calibration", "PUT", "/api/v1/performance/cycles" + unknown + "/calibration", () -> Map.of("moves", List.of(Map.of("reviewId", UUID.randomUUID(), "grade", "A", "reason", "r"))), "404 404 403 404 403 403"),
				row("POST /api/v1/performance/cycles/{id}/submit", "POST", "/api/v1/performance/cycles" + unknown + "/submit", null, "404 404 403 403 403 403"),
				row("POST /api/v1/performance/cycles/{id}/publish", "POST", "/api/v1/performance/cycles" + unknown + "/publish", null, "404 404 403 403 403 403"),
				row("POST /api/v1/performance/metrics", "POST", "/api/v1/performance/metrics?dryRun=true", () -> Map.of("period", "2040-Q1", "values", List.of(Map.of("employeeNo", "NOBODY", "metric", "M", "value", 1, "source", "s"))), "422 422 403 403 403 403"),
				row("POST /api/v1/performance/metrics/file", "POST", "/api/v1/performance/metrics/file", () -> Multipart.form(Map.of("period", "2040-Q1", "dryRun", "true"), "file", "metrics.csv", "employeeNo,metric,value,source\nNOBODY,M,1,s\n"), "422 422 403 403 403 403"),
				row("GET /api/v1/performance/talent-review", "GET", "/api/v1/performance/talent-review", null, "2xx 2xx 403 2xx 403 403"),
				row("GET /api/v1/performance/reviews/{id}", "GET", "/api/v1/performance/reviews" + unknown, null, "404 404 404 404 404 404"),
				row("PUT /api/v1/performance/reviews/{id}/self", "PUT", "/api/v1/performance/reviews" + unknown + "/self", () -> Map.of("submit", false), "404 404 404 404 404 404"),
				row("PUT /api/v1/performance/reviews/{id}/manager", "PUT", "/api/v1/performance/reviews" + unknown + "/manager", () -> Map.of("submit", false), "404 404 404 404 404 404"),
				row("GET /api/v1/me/performance", "GET", "/api/v1/me/performance", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/me/performance/{reviewId}/appeal", "POST", "/api/v1/me/performance" + unknown + "/appeal", () -> Map.of("reason", "r"), "404 404 404 404 404 404"),
				row("GET /api/v1/performance/cycles/{id}/objectives", "GET", "/api/v1/performance/cycles" + unknown + "/objectives", null, "404 404 404 404 404 404"),
				row("POST /api/v1/performance/cycles/{id}/objectives", "POST", "/api/v1/performance/cycles" + unknown + "/objectives", () -> Map.of("title", "t", "ownerKind", "COMPANY", "keyResults", List.of(Map.of("title", "k", "target", 1, "current", 0, "confidence", 5))), "404 404 404 404 404 404"),
				row("PUT /api/v1/performance/objectives/{id}/check-in", "PUT", "/api/v1/performance/objectives" + unknown + "/check-in", () -> Map.of("keyResults", List.of(Map.of("title", "k", "target", 1, "current", 1, "confidence", 5))), "404 404 404 404 404 404"),
				row("PUT /api/v1/performance/reviews/{id}/raters", "PUT", "/api/v1/performance/reviews" + unknown + "/raters", () -> Map.of("raters", List.of(Map.of("employeeId", UUID.randomUUID(), "relation", "PEER"))), "404 404 404 404 404 404"),
				row("POST /api/v1/performance/reviews/{id}/raters/approve", "POST", "/api/v1/performance/reviews" + unknown + "/raters/approve", null, "404 404 404 404 404 404"),
				row("GET /api/v1/performance/reviews/{id}/feedback", "GET", "/api/v1/performance/reviews" + unknown + "/feedback", null, "404 404 404 404 404 404"),
				row("GET /api/v1/me/performance/feedback-requests", "GET", "/api/v1/me/performance/feedback-requests", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("PUT /api/v1/performance/feedback/{id}", "PUT", "/api/v1/performance/feedback" + unknown, () -> Map.of("scores", Map.of("a", 1)), "404 404 404 404 404 404"),
				row("GET /api/v1/me/tax-declarations/{year}", "GET", "/api/v1/me/tax-declarations/2026", null, "404 404 404 2xx 2xx 2xx"),
				row("PUT /api/v1/me/tax-declarations/{year}", "PUT", "/api/v1/me/tax-declarations/2026", () -> Map.of("kind", "HOUSING_RENT", "monthlyAmount", 99999, "evidence", "matrix"), "404 404 404 400 400 400"),
				// offboarding: everyone reads and works their own part (OFFBOARDING_READ/WRITE), HR and the admin run cases (OFFBOARDING_ADMIN)
				row("POST /api/v1/offboarding/severance/preview", "POST", "/api/v1/offboarding/severance/preview", () -> Map.of("monthlyWage", 10000, "serviceStart", "2020-01-01", "serviceEnd", "2022-12-31", "localAverageMonthlyWage", 12000), "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("GET /api/v1/offboarding/cases", "GET", "/api/v1/offboarding/cases", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("POST /api/v1/offboarding/cases", "POST", "/api/v1/offboarding/cases", () -> Map.of("employeeId", UUID.randomUUID(), "kind", "RETIREMENT", "lastDay", java.time.LocalDate.now().plusDays(30).toString()), "400 400 403 403 403 403"),
				row("GET /api/v1/offboarding/cases/{id}", "GET", "/api/v1/offboarding/cases" + unknown, null, "404 404 404 404 404 404"),
				row("POST /api/v1/offboarding/cases/{id}/withdraw", "POST", "/api/v1/offboarding/cases" + unknown + "/withdraw", null, "404 404 404 404 404 404"),
				row("POST /api/v1/offboarding/cases/{id}/checklist/{itemId}/done", "POST", "/api/v1/offboarding/cases" + unknown + "/checklist" + unknown + "/done", null, "404 404 404 404 404 404"),
				row("PUT /api/v1/offboarding/cases/{id}/settlement", "PUT", "/api/v1/offboarding/cases" + unknown + "/settlement", () -> Map.of("monthlyWage", 8000, "localAverageMonthlyWage", 9000, "noticeInLieu", false, "annualLeaveDays", 5, "annualLeaveTaken", 0), "404 404 403 403 403 403"),
				row("POST /api/v1/offboarding/cases/{id}/settlement/approve", "POST", "/api/v1/offboarding/cases" + unknown + "/settlement/approve", null, "404 404 403 403 403 403"),
				row("POST /api/v1/offboarding/cases/{id}/depart", "POST", "/api/v1/offboarding/cases" + unknown + "/depart", null, "404 404 403 403 403 403"),
				row("PUT /api/v1/offboarding/cases/{id}/rehire", "PUT", "/api/v1/offboarding/cases" + unknown + "/rehire", () -> Map.of("eligible", true), "404 404 403 403 403 403"),
				row("GET /api/v1/offboarding/exit-reasons", "GET", "/api/v1/offboarding/exit-reasons", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				row("PUT /api/v1/offboarding/cases/{id}/exit-interview", "PUT", "/api/v1/offboarding/cases" + unknown + "/exit-interview", () -> Map.of("reasonCodes", List.of("PAY")), "404 404 404 404 404 404"),
				row("GET /api/v1/offboarding/cases/{id}/exit-interview", "GET", "/api/v1/offboarding/cases" + unknown + "/exit-interview", null, "404 404 403 403 403 403"),
				row("GET /api/v1/offboarding/cases/{id}/documents", "GET", "/api/v1/offboarding/cases" + unknown + "/documents", null, "404 404 403 403 403 403"),
				row("GET /api/v1/offboarding/cases/{id}/documents/{kind}", "GET", "/api/v1/offboarding/cases" + unknown + "/documents/leaving-certificate", null, "404 404 403 403 403 403"),
				row("POST /api/v1/me/resignation", "POST", "/api/v1/me/resignation", () -> Map.of("reason", "matrix"), "400 400 400 400 400 400"),
				row("GET /api/v1/me/resignation", "GET", "/api/v1/me/resignation", null, "404 404 404 404 404 404")),
				Stream.of(TrainingMatrixRows.rows(miner), TimeMatrixRows.rows(), DashboardMatrixRows.rows(), AttritionMatrixRows.rows(), WorkforcePlanMatrixRows.rows(), PayBandMatrixRows.rows(), DeskMatrixRows.rows(), OpenPlatformMatrixRows.rows(), WorkNoticeMatrixRows.rows(),
						SingleSignOnMatrixRows.rows(ApiClient.as(port, "admin@demo.example"))).flatMap(List::stream)).toList();
	}

	static final String MATRIX_BPMN = """
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="renloop">
			  <process id="matrix_bpmn" isExecutable="true"><startEvent id="s"/>
			    <sequenceFlow id="f" sourceRef="s" targetRef="t"/><userTask id="t" name="Check"/></process>
			</definitions>""";

	/** A delegation far in the future, to a login of its own, so that no demo task moves. */
	private Object futureDelegation() {
		String delegate = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		UUID delegateId = jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class, delegate);
		return Map.of("delegateUserId", delegateId, "from", "2100-01-01", "to", "2100-01-02");
	}

	Map<String, Object> englishContractTemplate() {
		return Map.of("language", "en", "title", "Labour Contract", "body",
				"Employer: {companyName}\n\nEmployee: {employeeName}, {termMonths} months from {startDate}.", "termMonths", 36,
				"placeOfWork", "Beijing");
	}

		Map<String, Object> englishOfferTemplate() {
		return Map.of("language", "en", "title", "Offer of Employment", "body",
				"Dear {candidateName},\n\nwe offer you the position of {positionName} in {departmentName} from {startDate}.");
	}

	Map<String, Object> salaryItem() {
		return Map.of("nameZh", "矩阵项目", "nameEn", "Matrix item", "kind", "INFO", "taxable", false, "formula", "base * 0",
				"effectiveFrom", "2100-01-01", "seq", 999);
	}

	Map<String, Object> leaveType() {
		return Map.of("nameZh", "矩阵假", "nameEn", "Matrix leave", "unit", "DAY", "paid", true, "hasBalance", false,
				"dayBasis", "WORKING_DAYS");
	}

	Map<String, Object> scorecard() {
		return Map.of("ratings", List.of(Map.of("dimension", "安全意识", "rating", 4)), "recommendation", "YES");
	}

	@Test
	void matrixCoversEveryDocumentedEndpoint() {
		assertThat(matrix()).extracting(Row::endpoint).containsExactlyInAnyOrderElementsOf(ApiEndpoints.documented(port));
	}

	Stream<Arguments> cells() {
		List<Arguments> cells = new ArrayList<>();
		for (Row row : matrix()) {
			String[] expected = row.expected().split(" ");
			for (int i = 0; i < LOGINS.size(); i++) {
				cells.add(Arguments.of(LOGINS.get(i), row.endpoint(), expected[i], row));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("cells")
	void roleGetsExpectedOutcome(String login, String endpoint, String expected, Row row) {
		Object body = row.body() == null ? null : row.body().get();
		ApiClient.Response response = body instanceof Multipart upload
				? upload.postTo(ApiClient.as(port, login), row.path())
				: ApiClient.as(port, login).send(row.method(), row.path(), body);
		if (expected.equals("2xx")) {
			assertThat(response.status()).as("%s %s as %s: %s", row.method(), row.path(), login, response.body())
				.isBetween(200, 299);
		}
		else {
			assertProblem(response, Integer.parseInt(expected));
		}
	}

	Stream<String> documentedEndpoints() {
		return ApiEndpoints.documented(port).stream();
	}

	/**
	 * Every endpoint needs a login, except the candidate's side of an AI interview, where a token that is not
	 * signed is unknown (404; 400 first for an answer without its fields), the new hire's side of onboarding and the
	 * candidate's side of an offer, where an unknown token is 404.
	 */
	@ParameterizedTest(name = "anonymous {0} → 401")
	@MethodSource("documentedEndpoints")
	void anonymousCallsAreUnauthorizedProblems(String endpoint) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		int expected = path.startsWith(NEW_HIRE) || path.startsWith(CANDIDATE_OFFER) ? 404
				: !path.startsWith(CANDIDATE) ? 401 : path.endsWith("/answers") ? 400 : 404;
		assertProblem(ApiClient.anonymous(port).send(method, path, method.equals("GET") ? null : "{}"), expected);
	}

	@Test
	void invalidBearerTokenIsUnauthorized() {
		assertProblem(ApiClient.withToken(port, "rl_not-a-real-token").get("/api/v1/departments"), 401);
	}

	// --- data scopes

	@Test
	void managerListsExactlyTheEmployeesOfTheMiningSubtree() {
		Set<String> subtree = subtreeOf(mining, ApiClient.as(port, "hr@demo.example").get("/api/v1/departments").json());
		assertThat(subtree).hasSizeGreaterThanOrEqualTo(5);
		long subtreeTotal = ApiClient.as(port, "hr@demo.example")
			.get("/api/v1/employees?size=1&departmentId=" + mining)
			.json()
			.at("/page/totalElements")
			.asLong();

		List<JsonNode> seen = allPages(ApiClient.as(port, "manager@demo.example"), "/api/v1/employees");
		assertThat(seen).extracting(e -> e.get("departmentId").asString()).allMatch(subtree::contains);
		assertThat(seen).hasSize((int) subtreeTotal);
		assertThat(ApiClient.as(port, "manager@demo.example").get("/api/v1/employees?size=1").json()
			.at("/page/totalElements").asLong()).isEqualTo(subtreeTotal);
		assertThat(subtreeTotal).isEqualTo(jdbc.queryForObject("""
				select count(*) from employee.employee e where e.tenant_id = 'demo'
				and e.department_id::text in (%s)""".formatted(String.join(",", subtree.stream().map(id -> "'" + id + "'").toList())),
				Long.class));
	}

	@Test
	void managerCannotReadEmployeeOutsideTheSubtree() {
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		assertThat(manager.get("/api/v1/employees/" + miner).status()).isEqualTo(200);
		assertProblem(manager.get("/api/v1/employees/" + accountant), 404);
		assertProblem(manager.get("/api/v1/employees/" + accountant + "/timeline"), 404);
		assertThat(manager.get("/api/v1/employees?size=1&departmentId=" + data.departmentId(DEMO, "FIN")).json()
			.at("/page/totalElements").asLong()).isZero();
	}

	@Test
	void employeeSeesExactlyThemselves() {
		UUID self = data.employeeOfUser("employee@demo.example");
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		JsonNode list = employee.get("/api/v1/employees?size=200").json();
		assertThat(list.at("/page/totalElements").asLong()).isEqualTo(1);
		assertThat(list.get("content").valueStream().map(e -> e.get("id").asString())).containsExactly(self.toString());
		assertThat(employee.get("/api/v1/employees/" + self).status()).isEqualTo(200);
		assertProblem(employee.get("/api/v1/employees/" + miner), 404);
	}

	@Test
	void onlyRolesWithPiiRevealSeePersonalData() {
		for (String login : List.of("recruiter@demo.example", "manager@demo.example", "employee@demo.example",
				"interviewer@demo.example")) {
			assertProblem(ApiClient.as(port, login).get("/api/v1/employees/" + miner + "/personal-data"), 403);
		}
		UUID self = data.employeeOfUser("employee@demo.example");
		assertProblem(ApiClient.as(port, "employee@demo.example").get("/api/v1/employees/" + self + "/personal-data"), 403);
		assertThat(ApiClient.as(port, "hr@demo.example").get("/api/v1/employees/" + miner + "/personal-data").json()
			.get("masked").asBoolean()).isFalse();
	}

	// --- pages

	@Test
	void anonymousDashboardRedirectsToLogin() {
		BrowserSession.Page page = new BrowserSession(port).get("/");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	@Test
	void careersPagesArePublicWhileRecruitmentPagesNeedALogin() {
		BrowserSession anonymous = new BrowserSession(port);
		assertThat(anonymous.get("/careers/" + DEMO).status()).isEqualTo(200);
		BrowserSession.Page recruitment = anonymous.get("/recruitment/requisitions");
		assertThat(recruitment.status()).isEqualTo(302);
		assertThat(recruitment.location()).endsWith("/login");
	}

	@Test
	void candidateInterviewPageIsPublicWhileInterviewPagesNeedALogin() {
		BrowserSession anonymous = new BrowserSession(port);
		assertThat(anonymous.get("/interview/bm90LWEtdG9rZW4.c2lnbmF0dXJl").status()).isEqualTo(404);
		BrowserSession.Page plan = anonymous.get("/interview/requisitions/" + UUID.randomUUID() + "/plan");
		assertThat(plan.status()).isEqualTo(302);
		assertThat(plan.location()).endsWith("/login");
		assertThat(anonymous.get("/interview/questions").location()).endsWith("/login");
	}

	@Test
	void formLoginNeedsTheCsrfToken() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		BrowserSession browser = new BrowserSession(port);
		browser.get("/login");
		BrowserSession.Page withoutToken = browser.postForm("/login", Map.of("username", email, "password", ApiClient.PASSWORD));
		assertThat(withoutToken.status()).isEqualTo(403);

		BrowserSession.Page signedIn = browser.signIn(email, ApiClient.PASSWORD);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).doesNotContain("error");
		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	@Test
	void formLoginMakesTheSourceWaitAfterFiveWrongPasswords() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		BrowserSession browser = new BrowserSession(port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser.signIn(email, "wrong-" + attempt).location()).endsWith("/login?error=bad");
		}
		BrowserSession.Page rightPassword = browser.signIn(email, ApiClient.PASSWORD);
		assertThat(rightPassword.location()).endsWith("/login?error=bad");
		assertProblem(ApiClient.withBasic(port, email, ApiClient.PASSWORD).post("/api/v1/auth/tokens",
				Map.of("name", "while waiting")), 401);
	}

	@Test
	void basicAuthMakesTheSourceWaitAfterFiveWrongPasswordsButTokensStayValid() {
		String email = TestUsers.createUser(administration, DEMO, Role.EMPLOYEE);
		ApiClient earlierToken = issue(email, null);
		assertThat(earlierToken.get("/api/v1/departments").status()).isEqualTo(200);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertProblem(ApiClient.withBasic(port, email, "wrong-" + attempt).post("/api/v1/auth/tokens",
					Map.of("name", "guess")), 401);
		}
		assertProblem(ApiClient.withBasic(port, email, ApiClient.PASSWORD).post("/api/v1/auth/tokens",
				Map.of("name", "right password")), 401);
		assertThat(new BrowserSession(port).signIn(email, ApiClient.PASSWORD).location()).endsWith("/login?error=bad");
		assertThat(earlierToken.get("/api/v1/departments").status()).isEqualTo(200);
	}

	// --- tokens

	@Test
	void revokedTokenNoLongerWorks() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		JsonNode issued = ApiClient.withBasic(port, email, ApiClient.PASSWORD)
			.post("/api/v1/auth/tokens", Map.of("name", "to revoke"))
			.json();
		ApiClient token = ApiClient.withToken(port, issued.get("token").asString());
		assertThat(token.get("/api/v1/employees?size=1").status()).isEqualTo(200);

		assertThat(token.delete("/api/v1/auth/tokens/" + issued.get("id").asString()).status()).isEqualTo(204);

		assertProblem(token.get("/api/v1/employees?size=1"), 401);
		assertProblem(token.get("/api/v1/auth/tokens"), 401);
	}

	@Test
	void nobodyCanRevokeAnotherUsersToken() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		JsonNode issued = ApiClient.withBasic(port, email, ApiClient.PASSWORD)
			.post("/api/v1/auth/tokens", Map.of("name", "someone else's"))
			.json();
		String path = "/api/v1/auth/tokens/" + issued.get("id").asString();
		assertProblem(ApiClient.as(port, "admin@demo.example").delete(path), 404);
		assertProblem(ApiClient.as(port, "hr@demo.example").delete(path), 404);
		assertThat(ApiClient.withToken(port, issued.get("token").asString()).get("/api/v1/employees?size=1").status())
			.isEqualTo(200);
	}

	@Test
	void tokenScopesNarrowThePermissions() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		ApiClient orgReader = issue(email, List.of("ORG_READ"));
		assertThat(orgReader.get("/api/v1/departments").status()).isEqualTo(200);
		assertProblem(orgReader.get("/api/v1/employees"), 403);
		assertProblem(orgReader.get("/api/v1/audit/verify"), 403);
		assertProblem(orgReader.post("/api/v1/job-families", Map.of("code", TestUsers.unique("SCOPE"), "name", "x")), 403);
	}

	@Test
	void scopedTokenCannotIssueABroaderToken() {
		String email = TestUsers.createUser(administration, DEMO, Role.HR_ADMIN);
		ApiClient orgReader = issue(email, List.of("ORG_READ"));

		assertProblem(orgReader.post("/api/v1/auth/tokens", Map.of("name", "wider", "scopes", List.of("EMPLOYEE_READ"))), 403);

		ApiClient.Response unscoped = orgReader.post("/api/v1/auth/tokens", Map.of("name", "unscoped"));
		assertThat(unscoped.status()).isEqualTo(201);
		ApiClient second = ApiClient.withToken(port, unscoped.json().get("token").asString());
		assertThat(second.get("/api/v1/departments").status()).isEqualTo(200);
		assertProblem(second.get("/api/v1/employees"), 403);
	}

	@Test
	void tokenCannotBeScopedToPermissionsTheUserLacks() {
		String email = TestUsers.createUser(administration, DEMO, Role.RECRUITER);
		assertProblem(ApiClient.withBasic(port, email, ApiClient.PASSWORD)
			.post("/api/v1/auth/tokens", Map.of("name", "wish", "scopes", List.of("EMPLOYEE_READ"))), 403);
	}

	// --- request bodies of the matrix

	private Map<String, Object> newTeam() {
		return Map.of("parentId", data.departmentId(DEMO, "HR"), "code", TestUsers.unique("MX"), "name", "Matrix team",
				"kind", "TEAM");
	}

	private Map<String, Object> competencyModel() {
		return Map.of("dimensions", List.of(Map.of("name", "安全意识", "weight", 0.6), Map.of("name", "技能熟练度", "weight", 0.4)),
				"mustHaves", Map.of("minEducation", "ASSOCIATE"));
	}

	private Map<String, Object> newRequisition() {
		return Map.of("positionId", modelPosition, "departmentId", mining, "headcount", 1);
	}

	private Map<String, Object> newApplicant() {
		return Map.of("name", "矩阵候选人", "phone", "137" + System.nanoTime() % 100_000_000L, "channel", "OTHER", "consent", true);
	}

	/** An hour a month ahead. */
	private Map<String, Object> availablePeriod() {
		java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(30));
		return Map.of("start", start, "end", start.plus(java.time.Duration.ofHours(1)));
	}

	private Map<String, Object> interviewBooking() {
		Map<String, Object> booking = new HashMap<>(availablePeriod());
		booking.put("interviewerUserIds", List.of(UUID.randomUUID()));
		return booking;
	}

	private Map<String, Object> interviewPlan() {
		return Map.of("questions", List.of(Map.of("questionId", demoQuestion, "order", 1)), "passThreshold", 60);
	}

	private Map<String, Object> newCodeAndName() {
		return Map.of("code", TestUsers.unique("MX"), "name", "Matrix probe");
	}

	private Map<String, Object> unchangedHeadcount() {
		JsonNode line = ApiClient.as(port, "hr@demo.example").get("/api/v1/headcount-plans").json().get(0);
		return Map.of("departmentId", line.get("departmentId").asString(), "positionId",
				line.get("positionId").asString(), "planned", line.get("planned").asInt());
	}

	private Map<String, Object> newEmployee() {
		return Map.of("employeeNo", TestUsers.unique("MX"), "name", "矩阵测试", "departmentId",
				data.departmentId(DEMO, "HR"), "hireDate", "2026-03-02");
	}

	private Map<String, Object> termination() {
		return Map.of("type", "TERMINATION", "effectiveDate", "2026-03-02");
	}

	// --- helpers

	private ApiClient issue(String email, List<String> scopes) {
		Map<String, Object> request = new HashMap<>(Map.of("name", "test"));
		if (scopes != null) {
			request.put("scopes", scopes);
		}
		ApiClient.Response issued = ApiClient.withBasic(port, email, ApiClient.PASSWORD).post("/api/v1/auth/tokens", request);
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		return ApiClient.withToken(port, issued.json().get("token").asString());
	}

	/** The unit and every unit below it, walked from the parent links of the org tree. */
	private static Set<String> subtreeOf(UUID root, JsonNode departments) {
		Set<String> subtree = new HashSet<>(Set.of(root.toString()));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (JsonNode department : departments) {
				String parent = department.path("parentId").asString("");
				if (subtree.contains(parent) && subtree.add(department.get("id").asString())) {
					grew = true;
				}
			}
		}
		return subtree;
	}

	private static List<JsonNode> allPages(ApiClient client, String path) {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode json = client.get(path + "?size=200&page=" + page).json();
			json.get("content").forEach(all::add);
			if (page + 1 >= json.at("/page/totalPages").asInt()) {
				return all;
			}
		}
	}

	private Object departmentsCsv() {
		return Multipart.file("file", "departments.csv", "code,name,parentCode,kind\nM" + UUID.randomUUID().toString()
			.substring(0, 8) + ",Matrix,MINING,TEAM\n");
	}

	private Object resumeUpload() {
		return Multipart.form(Map.of("requisitionId", UUID.randomUUID().toString(), "channel", "OTHER", "consent", "true"),
				"files[]", "resume.txt", "张伟\n13800138000");
	}

	private Object newUser() {
		return Map.of("email", "matrix-" + UUID.randomUUID() + "@demo.example", "displayName", "Matrix",
				"password", "Granite-orbit-2026", "roles", List.of("EMPLOYEE"));
	}

	private static Row row(String endpoint, String method, String path, Supplier<Object> body, String expected) {
		return new Row(endpoint, method, path, body, expected);
	}

	record Row(String endpoint, String method, String path, Supplier<Object> body, String expected) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}
}
