package io.renloop;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.employee.Employees;
import io.renloop.employee.EmployeeTimeline;
import io.renloop.interview.InterviewFixtures;
import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingFixtures;
import io.renloop.organization.Organization;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import io.renloop.platform.SystemActor;
import io.renloop.support.ApiClient;
import io.renloop.support.ApiEndpoints;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.Multipart;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A user of tenant {@code acme} can neither see nor change anything of tenant {@code demo}, through any
 * endpoint of the API and below it in the persistence layer. Every documented endpoint must have a probe
 * here: a new endpoint fails {@link #everyDocumentedEndpointHasAnIsolationProbe()} until one is added.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTests {

	static final List<String> ACME_LOGINS = List.of("hr@acme.example", "admin@acme.example");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantTime tenantTime;

	@Autowired
	Employees employees;

	@Autowired
	EmployeeTimeline timeline;

	@Autowired
	Organization organization;

	@Autowired
	TransactionTemplate transactions;

	@PersistenceContext
	EntityManager entityManager;

	DemoData data;

	/** Real records of tenant demo that acme tries to reach. */
	UUID demoDepartment;

	UUID demoPosition;

	UUID demoJobFamily;

	UUID demoEmployee;

	UUID demoToken;


	/** A DRAFT requisition of demo, for demo's position (which has a competency model). */
	String demoRequisition;

	/** An OPEN requisition of demo with one application of {@link #demoCandidate}. */
	String demoOpenRequisition;

	String demoCandidate;

	String demoApplication;

	/** A bulk upload job of demo (one empty file, so that it adds no application). */
	String demoUploadJob;

	/** A question of demo's interview bank whose text contains {@link #DEMO_QUESTION_MARKER}. */
	String demoQuestion;

	static final String DEMO_QUESTION_MARKER = "隔离探针瓦斯题";

	/** An AI interview of {@link #demoApplication} that the candidate has not consented to yet. */
	String demoSession;

	/** A submitted AI interview of {@link #demoApplication}, with a report. */
	String demoSubmittedSession;

	/** An interviewer of demo with available time and a booked interview of {@link #demoApplication}. */
	UUID demoInterviewer;

	String demoScheduledInterview;

	@Autowired
	TenantAdministration administration;

	@Autowired
	RenloopProperties properties;

	/** An onboarding case of demo, submitted by its new hire, with a document and verification results. */
	UUID demoOnboardingCase;

	String demoOnboardingItem;

	@Autowired
	OnboardingCases onboardingCases;

	/** An open approval task of demo (an offer of {@link #demoDepartment}), and its subject. */
	String demoApprovalTask;

	UUID demoApprovalSubject;

	@Autowired
	io.renloop.workflow.ApprovalRequests approvalRequests;

	/** The leave module's probes. */
	LeaveIsolationProbes leaveProbes;

	/** The payroll regions' probes. */
	PayrollRegionIsolationProbes payrollRegionProbes;
	PayrollIsolationProbes payrollProbes;

	PayrollRunIsolationProbes payrollRunProbes;

	PerformanceIsolationProbes performanceProbes;
	/** The analytics module's probes. */
	AnalyticsIsolationProbes analyticsProbes;
	/** The offboarding module's probes. */
	OffboardingIsolationProbes offboardingProbes;
	/** The training module's probes. */
	TrainingIsolationProbes trainingProbes;
	/** The time requests', clock rules', leave policy's and clock import's probes. */
	TimeIsolationProbes timeProbes;
	/** The open platform's probes (webhooks). */
	OpenPlatformIsolationProbes openPlatformProbes;

	/** Text that only demo's data contains; no answer to acme may contain it. */
	List<String> demoMarkers;

	@BeforeAll
	void findDemoRecords() {
		data = new DemoData(jdbc);
		ApiClient.as(port, "hr@demo.example");
		demoDepartment = data.departmentId(DEMO, "MINING");
		demoPosition = data.positionId(DEMO, "SHEARER");
		demoJobFamily = data.jobFamilyId(DEMO, "PROD");
		demoEmployee = data.employeeId(DEMO, "SNE00002");
		// a token of its own: other test classes in this JVM revoke demo tokens of theirs
		demoToken = UUID.fromString(ApiClient.as(port, "hr@demo.example")
			.post("/api/v1/auth/tokens", Map.of("name", "isolation probe target"))
			.json()
			.get("id")
			.asString());
		createDemoRecruitmentRecords();
		demoQuestion = InterviewFixtures.createGasQuestion(ApiClient.as(port, "hr@demo.example"),
				DEMO_QUESTION_MARKER + "：工作面瓦斯浓度超过1.0%时，你的应急处理步骤是什么？");
		createDemoInterviews();
		scheduleDemoInterview();
		createDemoAssessmentRecords();
		createDemoOnboardingCase();
		createDemoOffer();
		createDemoApproval();
		createDemoClosedMonth();
		leaveProbes = new LeaveIsolationProbes(jdbc, ApiClient.as(port, "hr@demo.example"), demoEmployee,
				this::assertNoDemoData);
		payrollRegionProbes = new PayrollRegionIsolationProbes(jdbc, ApiClient.as(port, "admin@demo.example"));
		payrollProbes = new PayrollIsolationProbes(jdbc, ApiClient.as(port, "admin@demo.example"));
		payrollRunProbes = new PayrollRunIsolationProbes(jdbc);
		performanceProbes = new PerformanceIsolationProbes(jdbc);
		analyticsProbes = new AnalyticsIsolationProbes(data);
		offboardingProbes = new OffboardingIsolationProbes(jdbc, ApiClient.as(port, "hr@demo.example"), demoDepartment,
				this::assertNoDemoData);
		trainingProbes = new TrainingIsolationProbes(jdbc, ApiClient.as(port, "hr@demo.example"), demoEmployee,
				this::assertNoDemoData);
		timeProbes = new TimeIsolationProbes(jdbc, demoEmployee);
		openPlatformProbes = new OpenPlatformIsolationProbes(jdbc, ApiClient.as(port, "admin@demo.example"));
		demoMarkers = List.of("SNE0", "@demo.example", data.employeeName(demoEmployee), "示例能源集团", "综采事业部",
				"采煤机司机", "生产操作序列", DEMO_QUESTION_MARKER);
	}

	@Test
	void everyDocumentedEndpointHasAnIsolationProbe() {
		assertThat(probes().keySet()).as("endpoints with an isolation probe")
			.containsExactlyInAnyOrderElementsOf(ApiEndpoints.documented(port));
	}

	@TestFactory
	Stream<DynamicTest> acmeCannotReachDemoDataThroughAnyEndpoint() {
		List<DynamicTest> tests = new ArrayList<>();
		probes().forEach((endpoint, probe) -> ACME_LOGINS.forEach(login -> tests.add(DynamicTest.dynamicTest(
				probe.name() + " [" + endpoint + " as " + login + "]", () -> probe.check().accept(ApiClient.as(port, login))))));
		return tests.stream();
	}

	private Map<String, Probe> probes() {
		Map<String, Probe> probes = new LinkedHashMap<>();
		Stream.of(
				entry("GET /api/v1/departments", new Probe("acmeListsOnlyItsOwnDepartments", this::acmeListsOnlyItsOwnDepartments)),
				entry("GET /api/v1/departments/{id}", new Probe("acmeCannotReadDemoDepartment", this::acmeCannotReadDemoDepartment)),
				entry("POST /api/v1/departments", new Probe("acmeCannotCreateUnitBelowDemoDepartment", this::acmeCannotCreateUnitBelowDemoDepartment)),
				entry("PUT /api/v1/departments/{id}", new Probe("acmeCannotUpdateDemoDepartment", this::acmeCannotUpdateDemoDepartment)),
				entry("GET /api/v1/positions", new Probe("acmeListsOnlyItsOwnPositions", this::acmeListsOnlyItsOwnPositions)),
				entry("GET /api/v1/positions/{id}", new Probe("acmeCannotReadDemoPosition", this::acmeCannotReadDemoPosition)),
				entry("POST /api/v1/positions", new Probe("acmeCannotCreatePositionInDemoJobFamily", this::acmeCannotCreatePositionInDemoJobFamily)),
				entry("PUT /api/v1/positions/{id}", new Probe("acmeCannotUpdateDemoPosition", this::acmeCannotUpdateDemoPosition)),
				entry("GET /api/v1/job-families", new Probe("acmeListsOnlyItsOwnJobFamilies", this::acmeListsOnlyItsOwnJobFamilies)),
				entry("POST /api/v1/job-families", new Probe("acmeJobFamilyLandsInAcme", this::acmeJobFamilyLandsInAcme)),
				entry("GET /api/v1/headcount-plans", new Probe("acmeSeesOnlyItsOwnHeadcountPlan", this::acmeSeesOnlyItsOwnHeadcountPlan)),
				entry("PUT /api/v1/headcount-plans", new Probe("acmeCannotPlanDemoHeadcount", this::acmeCannotPlanDemoHeadcount)),
				entry("GET /api/v1/employees", new Probe("acmeListsAndCountsOnlyItsOwnEmployees", this::acmeListsAndCountsOnlyItsOwnEmployees)),
				entry("POST /api/v1/employees", new Probe("acmeCannotHireIntoDemoOrUnderDemoManager", this::acmeCannotHireIntoDemoOrUnderDemoManager)),
				entry("GET /api/v1/employees/{id}", new Probe("acmeCannotReadDemoEmployee", this::acmeCannotReadDemoEmployee)),
				entry("PUT /api/v1/employees/{id}", new Probe("acmeCannotUpdateDemoEmployee", this::acmeCannotUpdateDemoEmployee)),
				entry("GET /api/v1/employees/{id}/personal-data", new Probe("acmeCannotRevealDemoPersonalData", this::acmeCannotRevealDemoPersonalData)),
				entry("POST /api/v1/employees/{id}/lifecycle", new Probe("acmeCannotTerminateDemoEmployee", this::acmeCannotTerminateDemoEmployee)),
				entry("GET /api/v1/employees/{id}/timeline", new Probe("acmeCannotReadDemoTimeline", this::acmeCannotReadDemoTimeline)),
				entry("GET /api/v1/audit/events", new Probe("acmeReadsOnlyItsOwnAuditEvents", this::acmeReadsOnlyItsOwnAuditEvents)),
				entry("GET /api/v1/audit/verify", new Probe("acmeVerifiesOnlyItsOwnAuditChain", this::acmeVerifiesOnlyItsOwnAuditChain)),
				entry("GET /api/v1/auth/tokens", new Probe("acmeListsOnlyItsOwnTokens", this::acmeListsOnlyItsOwnTokens)),
				entry("POST /api/v1/auth/tokens", new Probe("acmeTokenBelongsToAcme", this::acmeTokenBelongsToAcme)),
				entry("DELETE /api/v1/auth/tokens/{id}", new Probe("acmeCannotRevokeDemoToken", this::acmeCannotRevokeDemoToken)),
				entry("POST /api/v1/imports/{kind}", new Probe("acmeImportCannotReferToDemoUnits", this::acmeImportCannotReferToDemoUnits)),
				entry("GET /api/v1/imports/jobs/{jobId}", new Probe("acmeCannotReadDemoImportJob", this::acmeCannotReadDemoImportJob)),
				entry("GET /api/v1/imports/templates/{kind}.xlsx", new Probe("acmeTemplateIsEmpty", this::acmeTemplateIsEmpty)),
				entry("GET /api/v1/exports/{kind}", new Probe("acmeExportsOnlyItsOwnData", this::acmeExportsOnlyItsOwnData)),
				entry("POST /api/v1/resumes/parse", new Probe("acmeParsesWithoutStoringOrSeeingDemoData", this::acmeParsesWithoutStoringOrSeeingDemoData)),
				entry("GET /api/v1/positions/{positionId}/competency-model", new Probe("acmeCannotReadDemoCompetencyModel", this::acmeCannotReadDemoCompetencyModel)),
				entry("PUT /api/v1/positions/{positionId}/competency-model", new Probe("acmeCannotReplaceDemoCompetencyModel", this::acmeCannotReplaceDemoCompetencyModel)),
				entry("POST /api/v1/requisitions", new Probe("acmeCannotRequisitionForDemoPosition", this::acmeCannotRequisitionForDemoPosition)),
				entry("GET /api/v1/requisitions", new Probe("acmeListsOnlyItsOwnRequisitions", this::acmeListsOnlyItsOwnRequisitions)),
				entry("GET /api/v1/requisitions/{id}", new Probe("acmeCannotReadDemoRequisition", this::acmeCannotReadDemoRequisition)),
				entry("POST /api/v1/requisitions/{id}/open", new Probe("acmeCannotOpenDemoRequisition", acme -> acmeCannotMoveDemoRequisition(acme, "open"))),
				entry("POST /api/v1/requisitions/{id}/hold", new Probe("acmeCannotHoldDemoRequisition", acme -> acmeCannotMoveDemoRequisition(acme, "hold"))),
				entry("POST /api/v1/requisitions/{id}/close", new Probe("acmeCannotCloseDemoRequisition", acme -> acmeCannotMoveDemoRequisition(acme, "close"))),
				entry("POST /api/v1/requisitions/{id}/applications", new Probe("acmeCannotApplyToDemoRequisition", this::acmeCannotApplyToDemoRequisition)),
				entry("GET /api/v1/requisitions/{id}/applications", new Probe("acmeCannotListDemoApplications", this::acmeCannotListDemoApplications)),
				entry("GET /api/v1/requisitions/{id}/matches", new Probe("acmeCannotReadDemoMatches", this::acmeCannotReadDemoMatches)),
				entry("GET /api/v1/requisitions/{id}/recommendations", new Probe("acmeCannotReadDemoRecommendations", this::acmeCannotReadDemoRecommendations)),
				entry("GET /api/v1/talent-pool/search", new Probe("acmeCannotFindDemoCandidates", this::acmeCannotFindDemoCandidates)),
				entry("POST /api/v1/talent-pool/rebuild", new Probe("acmeRebuildRevealsNothingOfDemo", this::acmeRebuildRevealsNothingOfDemo)),
				entry("GET /api/v1/positions/{id}/ideal-profile", new Probe("acmeCannotDeriveDemoIdealProfile", this::acmeCannotDeriveDemoIdealProfile)),
				entry("GET /api/v1/candidates/{id}", new Probe("acmeCannotReadDemoCandidate", this::acmeCannotReadDemoCandidate)),
				entry("GET /api/v1/candidates/{id}/export", new Probe("acmeCannotExportDemoCandidate", this::acmeCannotExportDemoCandidate)),
				entry("DELETE /api/v1/candidates/{id}", new Probe("acmeCannotEraseDemoCandidate", this::acmeCannotEraseDemoCandidate)),
				entry("GET /api/v1/analytics/recruitment/channels", new Probe("acmeCountsOnlyItsOwnApplications", this::acmeCountsOnlyItsOwnApplications)),
				entry("POST /api/v1/applications/{id}/transitions", new Probe("acmeCannotMoveDemoApplication", this::acmeCannotMoveDemoApplication)),
				entry("POST /api/v1/applications/transitions", new Probe("acmeCannotBulkMoveDemoApplication", this::acmeCannotBulkMoveDemoApplication)),
				entry("POST /api/v1/applications/inbound", new Probe("acmeWebhookCannotApplyToDemoRequisition", this::acmeWebhookCannotApplyToDemoRequisition)),
				entry("POST /api/v1/candidates/import", new Probe("acmeCannotUploadResumesToDemoRequisition", this::acmeCannotUploadResumesToDemoRequisition)),
				entry("GET /api/v1/jobs/{jobId}", new Probe("acmeCannotReadDemoUploadJob", this::acmeCannotReadDemoUploadJob)),
				entry("GET /api/v1/interview/questions", new Probe("acmeListsOnlyItsOwnQuestions", this::acmeListsOnlyItsOwnQuestions)),
				entry("GET /api/v1/interview/questions/{id}", new Probe("acmeCannotReadDemoQuestion", this::acmeCannotReadDemoQuestion)),
				entry("POST /api/v1/interview/questions", new Probe("acmeQuestionLandsInAcme", this::acmeQuestionLandsInAcme)),
				entry("PUT /api/v1/interview/questions/{id}", new Probe("acmeCannotUpdateDemoQuestion", this::acmeCannotUpdateDemoQuestion)),
				entry("DELETE /api/v1/interview/questions/{id}", new Probe("acmeCannotArchiveDemoQuestion", this::acmeCannotArchiveDemoQuestion)),
				entry("POST /api/v1/interview/questions/suggest-key-points", new Probe("acmeSuggestsWithoutSeeingDemoData", this::acmeSuggestsWithoutSeeingDemoData)),
				entry("POST /api/v1/interview/questions/{id}/score-preview", new Probe("acmeCannotScoreAgainstDemoRubric", this::acmeCannotScoreAgainstDemoRubric)),
				entry("GET /api/v1/requisitions/{id}/interview-plan", new Probe("acmeCannotReadDemoInterviewPlan", this::acmeCannotReadDemoInterviewPlan)),
				entry("PUT /api/v1/requisitions/{id}/interview-plan", new Probe("acmeCannotPlanDemoInterview", this::acmeCannotPlanDemoInterview)),
				entry("POST /api/v1/applications/{id}/ai-interview", new Probe("acmeCannotStartDemoInterview", this::acmeCannotStartDemoInterview)),
				entry("GET /api/v1/ai-interviews/decision-log", new Probe("acmeDecisionLogHoldsOnlyAcmeAnswers", this::acmeDecisionLogHoldsOnlyAcmeAnswers)),
				entry("GET /api/v1/ai-interviews/{sessionId}/report", new Probe("acmeCannotReadDemoInterviewReport", this::acmeCannotReadDemoInterviewReport)),
				entry("GET /api/v1/interviewers/{userId}/availability", new Probe("acmeCannotReadDemoAvailability", this::acmeCannotReadDemoAvailability)),
				entry("POST /api/v1/interviewers/{userId}/availability", new Probe("acmeCannotAddDemoAvailability", this::acmeCannotAddDemoAvailability)),
				entry("POST /api/v1/applications/{id}/interviews", new Probe("acmeCannotScheduleDemoInterview", this::acmeCannotScheduleDemoInterview)),
				entry("GET /api/v1/applications/{id}/interviews", new Probe("acmeCannotListDemoInterviews", this::acmeCannotListDemoInterviews)),
				entry("DELETE /api/v1/applications/{id}/interviews/{interviewId}", new Probe("acmeCannotCancelDemoInterview", this::acmeCannotCancelDemoInterview)),
				entry("GET /api/v1/dev/outbox", new Probe("acmeOutboxHoldsOnlyAcmeMessages", this::acmeOutboxHoldsOnlyAcmeMessages)),
				entry("GET /api/v1/admin/event-publications", new Probe("acmeCannotListInstallationEvents", acme -> assertProblem(acme.get("/api/v1/admin/event-publications?state=INCOMPLETE"), 403))),
				entry("POST /api/v1/admin/event-publications/{id}/retry", new Probe("acmeCannotRetryInstallationEvents", acme -> assertProblem(acme.post("/api/v1/admin/event-publications/" + UUID.randomUUID() + "/retry", null), 403))),
				entry("GET /api/v1/candidate-interview/{token}", new Probe("acmeTokenCannotReadDemoSession", acme -> acmeTokenCannotReachDemoSession(acme, "GET", ""))),
				entry("POST /api/v1/candidate-interview/{token}/consent", new Probe("acmeTokenCannotConsentForDemoSession", acme -> acmeTokenCannotReachDemoSession(acme, "POST", "/consent"))),
				entry("POST /api/v1/candidate-interview/{token}/questions/{questionId}/start", new Probe("acmeTokenCannotStartDemoQuestion", acme -> acmeTokenCannotReachDemoSession(acme, "POST", "/questions/" + demoQuestion + "/start"))),
				entry("POST /api/v1/candidate-interview/{token}/answers", new Probe("acmeTokenCannotAnswerInDemoSession", acme -> acmeTokenCannotReachDemoSession(acme, "POST", "/answers"))),
				entry("POST /api/v1/candidate-interview/{token}/submit", new Probe("acmeTokenCannotSubmitDemoSession", acme -> acmeTokenCannotReachDemoSession(acme, "POST", "/submit"))),
				entry("GET /api/v1/candidate-interview/{token}/feedback", new Probe("acmeTokenCannotReadDemoFeedback", acme -> acmeTokenCannotReachDemoSession(acme, "GET", "/feedback"))),
				entry("GET /api/v1/candidate-interview/{token}/self-report", new Probe("acmeTokenCannotReadDemoSelfReportForm", acme -> acmeTokenCannotReachDemoSession(acme, "GET", "/self-report"))),
				entry("POST /api/v1/candidate-interview/{token}/self-report", new Probe("acmeTokenCannotSelfReportForDemoApplication", this::acmeTokenCannotSelfReportForDemoApplication)),
				entry("GET /api/v1/interview/settings", new Probe("acmeReadsOnlyItsOwnFeedbackSettings", this::acmeReadsOnlyItsOwnFeedbackSettings)),
				entry("PUT /api/v1/interview/settings", new Probe("acmeFeedbackSettingsLandInAcme", this::acmeFeedbackSettingsLandInAcme)),
				entry("GET /api/v1/analytics/fairness", new Probe("acmeFairnessCountsOnlyAcme", this::acmeFairnessCountsOnlyAcme)),
				entry("POST /api/v1/candidate-interview/{token}/answers/{questionId}/audio", new Probe("acmeTokenCannotRecordInDemoSession", this::acmeTokenCannotRecordInDemoSession)),
				entry("GET /api/v1/ai-interviews/{sessionId}/answers/{questionId}/audio", new Probe("acmeCannotPlayDemoRecording", this::acmeCannotPlayDemoRecording)),
				entry("POST /api/v1/candidate-interview/{token}/human-review", new Probe("acmeTokenCannotRequestReviewOfDemoSession", this::acmeTokenCannotRequestReviewOfDemoSession)),
				entry("POST /api/v1/applications/{id}/scorecards", new Probe("acmeCannotRateDemoApplication", this::acmeCannotRateDemoApplication)),
				entry("GET /api/v1/applications/{id}/scorecards", new Probe("acmeCannotReadDemoScorecards", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/applications/" + demoApplication + "/scorecards")))),
				entry("GET /api/v1/applications/{id}/assessment", new Probe("acmeCannotReadDemoAssessment", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/applications/" + demoApplication + "/assessment")))),
				entry("GET /api/v1/requisitions/{id}/assessment-weights", new Probe("acmeCannotReadDemoWeights", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/requisitions/" + demoOpenRequisition + "/assessment-weights")))),
				entry("PUT /api/v1/requisitions/{id}/assessment-weights", new Probe("acmeCannotChangeDemoWeights", this::acmeCannotChangeDemoWeights)),
				entry("POST /api/v1/applications/{id}/decision", new Probe("acmeCannotDecideOnDemoApplication", this::acmeCannotDecideOnDemoApplication)),
				entry("GET /api/v1/human-reviews", new Probe("acmeQueuesOnlyItsOwnHumanReviews", this::acmeQueuesOnlyItsOwnHumanReviews)),
				entry("POST /api/v1/human-reviews/{id}/answer", new Probe("acmeCannotAnswerDemoHumanReview", this::acmeCannotAnswerDemoHumanReview)),
				entry("GET /api/v1/users", new Probe("acmeListsOnlyItsOwnUsers", this::acmeListsOnlyItsOwnUsers)),
				entry("GET /api/v1/users/{id}", new Probe("acmeCannotReadDemoUser", this::acmeCannotReadDemoUser)),
				entry("POST /api/v1/users", new Probe("acmeUserLandsInAcme", this::acmeUserLandsInAcme)),
				entry("PUT /api/v1/users/{id}/access", new Probe("acmeCannotChangeDemoUser", this::acmeCannotChangeDemoUser)),
				entry("PUT /api/v1/users/{id}/password", new Probe("acmeCannotSetDemoUserPassword", this::acmeCannotSetDemoUserPassword)),
				entry("POST /api/v1/users/{id}/unlock", new Probe("acmeCannotUnlockDemoUser", this::acmeCannotUnlockDemoUser)),
				entry("POST /api/v1/validation/identity", new Probe("acmeValidatesWithoutSeeingDemoData", this::acmeValidatesWithoutSeeingDemoData)),
				entry("POST /api/v1/payroll/tax/cumulative-withholding", new Probe("acmeWithholdingDependsOnTheFiguresAlone", this::acmeWithholdingDependsOnTheFiguresAlone)),
				entry("POST /api/v1/payroll/tax/annual-bonus", new Probe("acmeBonusTaxDependsOnTheFiguresAlone", this::acmeBonusTaxDependsOnTheFiguresAlone)),
				entry("GET /api/v1/onboarding-cases", new Probe("acmeListsNoDemoOnboardingCase", this::acmeListsNoDemoOnboardingCase)),
				entry("GET /api/v1/onboarding-cases/{id}", new Probe("acmeCannotReadDemoOnboardingCase", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/onboarding-cases/" + demoOnboardingCase)))),
				entry("POST /api/v1/onboarding-cases/{id}/checklist/{itemId}/done", new Probe("acmeCannotTickDemoChecklist", this::acmeCannotTickDemoChecklist)),
				entry("POST /api/v1/onboarding-cases/{id}/complete", new Probe("acmeCannotCompleteDemoOnboarding", this::acmeCannotCompleteDemoOnboarding)),
				entry("GET /api/v1/onboarding/{token}", new Probe("forgedTokenCannotReadDemoOnboarding", acme -> forgedTokenCannotReachDemoOnboarding(acme, "GET", "", null))),
				entry("PUT /api/v1/onboarding/{token}/personal-info", new Probe("forgedTokenCannotChangeDemoOnboarding", acme -> forgedTokenCannotReachDemoOnboarding(acme, "PUT", "/personal-info", Map.of("name", "探针")))),
				entry("POST /api/v1/onboarding/{token}/documents", new Probe("forgedTokenCannotUploadToDemoOnboarding", acme -> forgedTokenCannotReachDemoOnboarding(acme, "POST", "/documents", null))),
				entry("POST /api/v1/onboarding/{token}/submit", new Probe("forgedTokenCannotSubmitDemoOnboarding", acme -> forgedTokenCannotReachDemoOnboarding(acme, "POST", "/submit", null))),
				entry("GET /api/v1/onboarding/{token}/contract.pdf", new Probe("forgedTokenCannotReadDemoContract", acme -> forgedTokenCannotReachDemoOnboarding(acme, "GET", "/contract.pdf", null))),
				entry("POST /api/v1/onboarding/{token}/contract/accept", new Probe("forgedTokenCannotAcceptDemoContract", acme -> forgedTokenCannotReachDemoOnboarding(acme, "POST", "/contract/accept", null))),
				entry("POST /api/v1/onboarding/{token}/contract/confirm", new Probe("forgedTokenCannotConfirmDemoContract", acme -> forgedTokenCannotReachDemoOnboarding(acme, "POST", "/contract/confirm", Map.of("code", "123456")))),
				entry("GET /api/v1/onboarding-cases/{id}/contract.pdf", new Probe("acmeCannotReadDemoContract", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/onboarding-cases/" + demoOnboardingCase + "/contract.pdf")))),
				entry("GET /api/v1/contract-templates", new Probe("acmeReadsOnlyItsOwnContractTemplates", this::acmeReadsOnlyItsOwnContractTemplates)),
				entry("PUT /api/v1/contract-templates", new Probe("acmeContractTemplateLandsInAcme", this::acmeContractTemplateLandsInAcme)),
				entry("POST /api/v1/applications/{id}/offers", new Probe("acmeCannotOfferToDemoApplication", this::acmeCannotOfferToDemoApplication)),
				entry("GET /api/v1/applications/{id}/offers", new Probe("acmeCannotListDemoOffers", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/applications/" + demoOfferApplication + "/offers")))),
				entry("GET /api/v1/offers/{id}", new Probe("acmeCannotReadDemoOffer", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/offers/" + demoOffer)))),
				entry("POST /api/v1/offers/{id}/withdraw", new Probe("acmeCannotWithdrawDemoOffer", this::acmeCannotWithdrawDemoOffer)),
				entry("GET /api/v1/offers/{id}/preview.pdf", new Probe("acmeCannotPreviewDemoOffer", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/offers/" + demoOffer + "/preview.pdf")))),
				entry("GET /api/v1/offers/{id}/signed.pdf", new Probe("acmeCannotDownloadDemoSignedOffer", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/offers/" + demoOffer + "/signed.pdf")))),
				entry("GET /api/v1/offer-templates", new Probe("acmeReadsOnlyItsOwnOfferTemplates", this::acmeReadsOnlyItsOwnOfferTemplates)),
				entry("PUT /api/v1/offer-templates", new Probe("acmeOfferTemplateLandsInAcme", this::acmeOfferTemplateLandsInAcme)),
				entry("GET /api/v1/attendance/calendars/{calendarId}/days", new Probe("acmeCannotReadDemoCalendar", this::acmeCannotReadDemoCalendar)),
				entry("GET /api/v1/attendance/schedule", new Probe("acmeCannotReadDemoSchedule", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/attendance/schedule?employeeId=" + demoEmployee + "&from=2026-02-01&to=2026-02-28")))),
				entry("GET /api/v1/attendance/calendars", new Probe("acmeListsOnlyItsOwnCalendars", acme -> assertThat(acme.get("/api/v1/attendance/calendars").body()).doesNotContain(demoCalendar()))),
				entry("POST /api/v1/attendance/calendars", new Probe("acmeCalendarLandsInAcme", this::acmeCalendarLandsInAcme)),
				entry("PUT /api/v1/attendance/calendars/{calendarId}/days/{date}", new Probe("acmeCannotEditDemoCalendar", acme -> assertNotFoundWithoutDemoData(acme.put("/api/v1/attendance/calendars/" + demoCalendar() + "/days/2027-01-04", Map.of("type", "REST_DAY"))))),
				entry("POST /api/v1/attendance/calendars/{calendarId}/imports", new Probe("acmeCannotImportIntoDemoCalendar", acme -> assertNotFoundWithoutDemoData(acme.postFile("/api/v1/attendance/calendars/" + demoCalendar() + "/imports", "file", "2027.json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))))),
				entry("PUT /api/v1/attendance/calendar-assignments/{departmentId}", new Probe("acmeCannotAssignCalendarToDemoDepartment", acme -> assertNotFoundWithoutDemoData(acme.put("/api/v1/attendance/calendar-assignments/" + demoDepartment, Map.of("calendarId", "default"))))),
				entry("GET /api/v1/attendance/shifts", new Probe("acmeListsOnlyItsOwnShifts", acme -> assertThat(acme.get("/api/v1/attendance/shifts").body()).contains("STD").doesNotContain("\"nameZh\":\"早班\"", "\"nameZh\":\"夜班\""))),
				entry("PUT /api/v1/attendance/shifts/{code}", new Probe("acmeShiftLandsInAcme", this::acmeShiftLandsInAcme)),
				entry("GET /api/v1/attendance/shifts/{code}/required-certificates", new Probe("acmeCannotReadDemoShiftCertificates", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/attendance/shifts/NIGHT/required-certificates")))),
				entry("PUT /api/v1/attendance/shifts/{code}/required-certificates", new Probe("acmeCannotSetDemoShiftCertificates", acme -> {
					assertNotFoundWithoutDemoData(acme.put("/api/v1/attendance/shifts/NIGHT/required-certificates", Map.of("certificateTypes", List.of("ACME_PROBE"))));
					assertThat(jdbc.queryForObject("select count(*) from attendance.shift_certificate where certificate_type = 'ACME_PROBE'", Long.class)).isZero();
				})),
				entry("GET /api/v1/attendance/rotations", new Probe("acmeListsOnlyItsOwnRotations", acme -> assertThat(acme.get("/api/v1/attendance/rotations").body()).doesNotContain("SAN_BAN_DAO", "三班倒"))),
				entry("POST /api/v1/attendance/rotations", new Probe("acmeRotationLandsInAcme", acme -> assertThat(jdbc.queryForObject("select tenant_id from attendance.rotation where id = ?::uuid", String.class, acmeRotation(acme))).isEqualTo(ACME))),
				entry("GET /api/v1/attendance/rotation-assignments", new Probe("acmeListsOnlyItsOwnRotationAssignments", acme -> assertThat(acme.get("/api/v1/attendance/rotation-assignments").body()).doesNotContain(demoDepartmentOf("COAL-1")))),
				entry("POST /api/v1/attendance/rotation-assignments", new Probe("acmeCannotAssignRotationToDemoTeam", this::acmeCannotAssignRotationToDemoTeam)),
				entry("POST /api/v1/attendance/schedule/bulk", new Probe("acmeCannotPlanDemoEmployeesDays", acme -> assertNotFoundWithoutDemoData(acme.post("/api/v1/attendance/schedule/bulk", Map.of("employeeIds", List.of(demoEmployee), "from", "2027-01-01", "to", "2027-01-01", "shiftCode", "STD"))))),
				entry("POST /api/v1/attendance/shift-swaps", new Probe("acmeCannotSwapDemoShifts", acme -> assertNotFoundWithoutDemoData(acme.post("/api/v1/attendance/shift-swaps", Map.of("employeeId", demoEmployee, "partnerId", demoEmployee, "date", "2030-01-02"))))),
				entry("GET /api/v1/candidate-offers/{token}", new Probe("forgedTokenCannotReadDemoOffer", acme -> assertNotFoundWithoutDemoData(acme.get(forgedOfferLink())))),
				entry("GET /api/v1/candidate-offers/{token}/offer.pdf", new Probe("forgedTokenCannotReadDemoOfferPdf", acme -> assertNotFoundWithoutDemoData(acme.get(forgedOfferLink() + "/offer.pdf")))),
				entry("POST /api/v1/candidate-offers/{token}/accept", new Probe("forgedTokenCannotAcceptDemoOffer", acme -> acmeForgedTokenCannotAnswerDemoOffer(acme, "/accept", null))),
				entry("POST /api/v1/candidate-offers/{token}/confirm", new Probe("forgedTokenCannotConfirmDemoOffer", acme -> acmeForgedTokenCannotAnswerDemoOffer(acme, "/confirm", Map.of("code", "123456")))),
				entry("POST /api/v1/candidate-offers/{token}/decline-code", new Probe("forgedTokenCannotAskToDeclineDemoOffer", acme -> acmeForgedTokenCannotAnswerDemoOffer(acme, "/decline-code", null))),
				entry("POST /api/v1/candidate-offers/{token}/decline", new Probe("forgedTokenCannotDeclineDemoOffer", acme -> acmeForgedTokenCannotAnswerDemoOffer(acme, "/decline", Map.of("reason", "probe", "code", "123456")))),
				entry("GET /api/v1/approvals/inbox", new Probe("acmeInboxHoldsNoDemoTask", this::acmeInboxHoldsNoDemoTask)),
				entry("POST /api/v1/approvals/{taskId}/decision", new Probe("acmeCannotDecideDemoTask", this::acmeCannotDecideDemoTask)),
				entry("GET /api/v1/approvals/history", new Probe("acmeReadsNoDemoApprovalHistory", this::acmeReadsNoDemoApprovalHistory)),
				entry("GET /api/v1/approvals/delegation", new Probe("acmeReadsOnlyItsOwnDelegation", this::acmeReadsOnlyItsOwnDelegation)),
				entry("PUT /api/v1/approvals/delegation", new Probe("acmeCannotDelegateToDemoUser", this::acmeCannotDelegateToDemoUser)),
				entry("GET /api/v1/approvals/chains/{subjectType}", new Probe("acmeSeesOnlyItsOwnChain", this::acmeSeesOnlyItsOwnChain)),
				entry("PUT /api/v1/approvals/chains/{subjectType}", new Probe("acmeChainLandsInAcme", this::acmeChainLandsInAcme)),
				entry("POST /api/v1/approvals/chains/{subjectType}/bpmn", new Probe("acmeBpmnLandsInAcme", this::acmeBpmnLandsInAcme)),
				entry("POST /api/v1/attendance/clock-events", new Probe("acmeCannotClockForDemoEmployee", this::acmeCannotClockForDemoEmployee)),
				entry("GET /api/v1/attendance/daily", new Probe("acmeCannotReadDemoDailyResults", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/attendance/daily?employeeId=" + demoEmployee + "&from=2026-03-02&to=2026-03-06")))),
				entry("GET /api/v1/attendance/periods/{period}/summary", new Probe("acmeCannotReadDemoMonthSummary", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/attendance/periods/2026-03/summary?employeeId=" + demoEmployee)))),
				entry("POST /api/v1/attendance/periods/{period}/close", new Probe("acmeCloseDoesNotTouchDemoPeriods", this::acmeCloseDoesNotTouchDemoPeriods)),
				entry("POST /api/v1/attendance/periods/{period}/reopen", new Probe("acmeCannotReopenDemoClosedMonth", this::acmeCannotReopenDemoClosedMonth)),
				entry("POST /api/v1/attendance/sites", new Probe("acmeCannotPutSiteOnDemoDepartment", acme -> assertNotFoundWithoutDemoData(acme.post("/api/v1/attendance/sites", Map.of("name", "probe", "latitude", 37.87, "longitude", 112.55, "radiusMeters", 300, "departmentIds", List.of(demoDepartment)))))),
				entry("GET /api/v1/attendance/sites", new Probe("acmeListsOnlyItsOwnSites", acme -> assertNoDemoData(acme.get("/api/v1/attendance/sites").body()))),
				entry("POST /api/v1/me/clock-in", new Probe("acmeClockInUsesNoDemoSite", acme -> assertProblem(acme.post("/api/v1/me/clock-in", Map.of("latitude", 37.87, "longitude", 112.55, "accuracy", 5)), 409))),
				entry("POST /api/v1/attendance/overtime-requests", new Probe("acmeCannotAskOvertimeForDemoEmployee", acme -> assertNotFoundWithoutDemoData(acme.post("/api/v1/attendance/overtime-requests", Map.of("employeeId", demoEmployee, "date", "2026-03-07", "minutes", 120))))),
				entry("POST /api/v1/attendance/corrections", new Probe("acmeCannotCorrectDemoEmployeesPunches", acme -> assertNotFoundWithoutDemoData(acme.post("/api/v1/attendance/corrections", Map.of("employeeId", demoEmployee, "at", "2026-03-02T18:05:00+08:00"))))),
				entry("GET /api/v1/attendance/corrections", new Probe("acmeCannotReadDemoCorrections", acme -> assertNotFoundWithoutDemoData(acme.get("/api/v1/attendance/corrections?employeeId=" + demoEmployee)))))
			.forEach(e -> probes.put(e.getKey(), e.getValue()));
		leaveProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		payrollRegionProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		payrollProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		payrollRunProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		new PayBandIsolationProbes(jdbc, ApiClient.as(port, "admin@demo.example"), demoPosition).probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		performanceProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		analyticsProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		offboardingProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		trainingProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		timeProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		new DashboardIsolationProbes(data, jdbc).probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		new AttritionIsolationProbes(jdbc, ApiClient.as(port, "hr@demo.example"), demoDepartment).probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		new DeskIsolationProbes(jdbc).probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		openPlatformProbes.probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		new WorkNoticeIsolationProbes(jdbc).probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		new SingleSignOnIsolationProbes(jdbc, ApiClient.as(port, "admin@demo.example")).probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		new WorkforcePlanIsolationProbes(jdbc, ApiClient.as(port, "hr@demo.example"), data, this::assertNoDemoData).probes().forEach(e -> probes.put(e.getKey(), e.getValue()));
		return probes;
	}

	// --- organization

	void acmeListsOnlyItsOwnDepartments(ApiClient acme) {
		assertOnlyAcmeRows(acme.get("/api/v1/departments"), "organization.department");
	}

	void acmeCannotReadDemoDepartment(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/departments/" + demoDepartment));
	}

	void acmeCannotCreateUnitBelowDemoDepartment(ApiClient acme) {
		String code = TestUsers.unique("ISO");
		JsonNode problem = assertProblem(acme.post("/api/v1/departments",
				Map.of("parentId", demoDepartment, "code", code, "name", "Probe", "kind", "TEAM")), 400);
		assertThat(errorFields(problem)).containsExactly("parentId");
		assertThat(jdbc.queryForObject("select count(*) from organization.department where code = ?", Long.class, code))
			.isZero();
	}

	void acmeCannotUpdateDemoDepartment(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.put("/api/v1/departments/" + demoDepartment,
				Map.of("code", "HACKED", "name", "Hacked", "kind", "COMPANY")));
		assertThat(jdbc.queryForObject("select name from organization.department where id = ?", String.class,
				demoDepartment))
			.isEqualTo("综采事业部");
	}

	void acmeListsOnlyItsOwnPositions(ApiClient acme) {
		assertOnlyAcmeRows(acme.get("/api/v1/positions"), "organization.position");
	}

	void acmeCannotReadDemoPosition(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/positions/" + demoPosition));
	}

	void acmeCannotCreatePositionInDemoJobFamily(ApiClient acme) {
		String code = TestUsers.unique("ISO");
		JsonNode problem = assertProblem(acme.post("/api/v1/positions",
				Map.of("code", code, "name", "Probe", "jobFamilyId", demoJobFamily)), 400);
		assertThat(errorFields(problem)).containsExactly("jobFamilyId");
		assertThat(jdbc.queryForObject("select count(*) from organization.position where code = ?", Long.class, code))
			.isZero();
	}

	void acmeCannotUpdateDemoPosition(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.put("/api/v1/positions/" + demoPosition,
				Map.of("code", "HACKED", "name", "Hacked")));
		assertThat(jdbc.queryForObject("select name from organization.position where id = ?", String.class,
				demoPosition))
			.isEqualTo("采煤机司机");
	}

	void acmeListsOnlyItsOwnJobFamilies(ApiClient acme) {
		assertOnlyAcmeRows(acme.get("/api/v1/job-families"), "organization.job_family");
	}

	void acmeJobFamilyLandsInAcme(ApiClient acme) {
		ApiClient.Response created = acme.post("/api/v1/job-families",
				Map.of("code", TestUsers.unique("ISO"), "name", "Isolation probe"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(data.tenantOf("organization.job_family", created.json().get("id").asString())).isEqualTo(ACME);
	}

	void acmeSeesOnlyItsOwnHeadcountPlan(ApiClient acme) {
		ApiClient.Response plan = acme.get("/api/v1/headcount-plans");
		assertThat(plan.status()).isEqualTo(200);
		assertNoDemoData(plan.body());
		Set<String> acmeDepartments = data.ids("organization.department", ACME);
		assertThat(plan.json().valueStream().map(line -> line.get("departmentId").asString()))
			.allMatch(acmeDepartments::contains);
		assertThat(plan.json().size()).isEqualTo(data.count("organization.headcount_plan", ACME));
	}

	void acmeCannotPlanDemoHeadcount(ApiClient acme) {
		JsonNode problem = assertProblem(acme.put("/api/v1/headcount-plans",
				Map.of("departmentId", demoDepartment, "positionId", demoPosition, "planned", 987)), 400);
		assertThat(errorFields(problem)).containsAnyOf("departmentId", "positionId");
		assertThat(jdbc.queryForObject("select count(*) from organization.headcount_plan where planned = 987",
				Long.class))
			.isZero();
	}

	// --- employees

	void acmeListsAndCountsOnlyItsOwnEmployees(ApiClient acme) {
		ApiClient.Response list = acme.get("/api/v1/employees?size=200");
		assertThat(list.status()).isEqualTo(200);
		assertNoDemoData(list.body());
		Set<String> acmeEmployees = data.ids("employee.employee", ACME);
		assertThat(list.json().get("content").valueStream().map(e -> e.get("id").asString()))
			.isNotEmpty()
			.allMatch(acmeEmployees::contains);
		assertThat(list.json().at("/page/totalElements").asLong()).isEqualTo(acmeEmployees.size());

		ApiClient.Response inDemoDepartment = acme.get("/api/v1/employees?departmentId=" + demoDepartment);
		assertThat(inDemoDepartment.status()).isEqualTo(200);
		assertThat(inDemoDepartment.json().at("/page/totalElements").asLong()).isZero();

		ApiClient.Response searchForDemoNumbers = acme.get("/api/v1/employees?q=SNE");
		assertThat(searchForDemoNumbers.json().at("/page/totalElements").asLong()).isZero();
	}

	void acmeCannotHireIntoDemoOrUnderDemoManager(ApiClient acme) {
		String number = TestUsers.unique("ISO");
		JsonNode intoDemo = assertProblem(acme.post("/api/v1/employees", Map.of("employeeNo", number, "name", "Probe",
				"departmentId", demoDepartment, "positionId", demoPosition, "managerId", demoEmployee, "hireDate",
				"2026-01-05")), 400);
		assertThat(errorFields(intoDemo)).containsExactlyInAnyOrder("departmentId", "positionId", "managerId");

		UUID acmeDepartment = data.departmentId(ACME, "ENGR");
		ApiClient.Response underDemoManager = acme.post("/api/v1/employees", Map.of("employeeNo", number, "name",
				"Probe", "departmentId", acmeDepartment, "managerId", demoEmployee, "hireDate", "2026-01-05"));
		assertNoDemoData(underDemoManager.body());
		assertThat(errorFields(assertProblem(underDemoManager, 400))).containsExactly("managerId");
		assertThat(jdbc.queryForObject("select count(*) from employee.employee where employee_no = ?", Long.class,
				number))
			.isZero();
	}

	void acmeCannotReadDemoEmployee(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/employees/" + demoEmployee));
	}

	void acmeCannotUpdateDemoEmployee(ApiClient acme) {
		String nameBefore = data.employeeName(demoEmployee);
		assertNotFoundWithoutDemoData(acme.put("/api/v1/employees/" + demoEmployee, Map.of("name", "Hacked",
				"departmentId", data.departmentId(ACME, "ENGR"), "hireDate", "2026-01-05")));
		assertThat(data.employeeName(demoEmployee)).isEqualTo(nameBefore);
	}

	void acmeCannotRevealDemoPersonalData(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/employees/" + demoEmployee + "/personal-data"));
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event
				where entity_id = ? and action = 'READ_SENSITIVE' and actor like '%@acme.example'""", Long.class,
				demoEmployee.toString()))
			.isZero();
	}

	void acmeCannotTerminateDemoEmployee(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/employees/" + demoEmployee + "/lifecycle",
				Map.of("type", "TERMINATION", "effectiveDate", "2026-01-05", "reason", "probe")));
		assertThat(jdbc.queryForObject("select status from employee.employee where id = ?", String.class, demoEmployee))
			.isNotEqualTo("TERMINATED");
	}

	void acmeCannotReadDemoTimeline(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/employees/" + demoEmployee + "/timeline"));
	}

	// --- audit

	void acmeReadsOnlyItsOwnAuditEvents(ApiClient acme) {
		ApiClient.Response events = acme.get("/api/v1/audit/events?size=500");
		assertThat(events.status()).isEqualTo(200);
		assertNoDemoData(events.body());
		Set<String> acmeEvents = data.ids("platform.audit_event", ACME);
		assertThat(events.json().get("content").valueStream().map(e -> e.get("id").asString()))
			.isNotEmpty()
			.allMatch(acmeEvents::contains);
		assertThat(events.json().at("/page/totalElements").asLong()).isEqualTo(acmeEvents.size());

		ApiClient.Response ofDemoEmployee = acme
			.get("/api/v1/audit/events?entityType=Employee&entityId=" + demoEmployee);
		assertThat(ofDemoEmployee.json().at("/page/totalElements").asLong()).isZero();
	}

	void acmeVerifiesOnlyItsOwnAuditChain(ApiClient acme) {
		ApiClient.Response verification = acme.get("/api/v1/audit/verify");
		assertThat(verification.status()).isEqualTo(200);
		assertThat(verification.json().get("valid").asBoolean()).isTrue();
		assertThat(verification.json().get("events").asLong()).isEqualTo(data.count("platform.audit_event", ACME));
	}

	// --- tokens

	void acmeListsOnlyItsOwnTokens(ApiClient acme) {
		ApiClient.Response tokens = acme.get("/api/v1/auth/tokens");
		assertThat(tokens.status()).isEqualTo(200);
		assertThat(tokens.json().valueStream().map(t -> t.get("id").asString()))
			.isNotEmpty()
			.allMatch(id -> ACME.equals(data.tenantOf("platform.api_token", id)))
			.doesNotContain(demoToken.toString());
	}

	void acmeTokenBelongsToAcme(ApiClient acme) {
		ApiClient.Response issued = acme.post("/api/v1/auth/tokens", Map.of("name", "isolation probe"));
		assertThat(issued.status()).isEqualTo(201);
		assertThat(data.tenantOf("platform.api_token", issued.json().get("id").asString())).isEqualTo(ACME);
	}

	void acmeCannotRevokeDemoToken(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.delete("/api/v1/auth/tokens/" + demoToken));
		assertThat(jdbc.queryForObject("select revoked_at is null from platform.api_token where id = ?", Boolean.class,
				demoToken))
			.isTrue();
	}

	void acmeImportCannotReferToDemoUnits(ApiClient acme) {
		ApiClient.Response started = Multipart.file("file", "units.csv", "code,name,parentCode,kind\nISO"
				+ UUID.randomUUID().toString().substring(0, 8) + ",Probe,MINING,TEAM\n")
			.postTo(acme, "/api/v1/imports/departments?dryRun=false");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode job = finishedJob(acme, started.json().get("jobId").asString());
		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("saved").asInt()).isZero();
		assertNoDemoData(job.toString());
	}

	void acmeCannotReadDemoImportJob(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/imports/jobs/" + demoImportJob()));
	}

	void acmeTemplateIsEmpty(ApiClient acme) {
		ApiClient.Response template = acme.get("/api/v1/imports/templates/employees.xlsx");
		assertThat(template.status()).isEqualTo(200);
		assertNoDemoData(template.body());
	}

	void acmeExportsOnlyItsOwnData(ApiClient acme) {
		ApiClient.Response export = acme.get("/api/v1/exports/employees?format=csv");
		assertThat(export.status()).isEqualTo(200);
		assertNoDemoData(export.body());
		long rows = export.body().lines().filter(line -> !line.isBlank()).count() - 1;
		assertThat(rows).isEqualTo(data.count("employee.employee", ACME));
	}

	void acmeParsesWithoutStoringOrSeeingDemoData(ApiClient acme) {
		ApiClient.Response parsed = acme.post("/api/v1/resumes/parse", Map.of("text", "Jane Doe\njane@example.com\nSoftware Engineer"));
		if (parsed.status() == 403) {
			assertProblem(parsed, 403);
			return;
		}
		assertThat(parsed.status()).as(parsed.body()).isEqualTo(200);
		assertNoDemoData(parsed.body());
	}

	// --- interview

	void acmeCannotReadDemoInterviewPlan(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/requisitions/" + demoOpenRequisition + "/interview-plan"));
	}

	void acmeCannotPlanDemoInterview(ApiClient acme) {
		String acmeQuestion = acme.post("/api/v1/interview/questions", InterviewFixtures.question("TEST-EN-DEADLINE", null))
			.json().get("id").asString();
		assertNotFoundWithoutDemoData(acme.put("/api/v1/requisitions/" + demoOpenRequisition + "/interview-plan",
				Map.of("questions", List.of(Map.of("questionId", acmeQuestion, "order", 1)), "passThreshold", 5)));
		assertThat(jdbc.queryForObject("select pass_threshold from interview.interview_plan where requisition_id = ?::uuid",
				Integer.class, demoOpenRequisition)).isEqualTo(60);
	}

	void acmeCannotStartDemoInterview(ApiClient acme) {
		long before = jdbc.queryForObject("select count(*) from interview.session where application_id = ?::uuid",
				Long.class, demoApplication);
		assertNotFoundWithoutDemoData(acme.post("/api/v1/applications/" + demoApplication + "/ai-interview", null));
		assertThat(jdbc.queryForObject("select count(*) from interview.session where application_id = ?::uuid",
				Long.class, demoApplication)).isEqualTo(before);
	}

	void acmeCannotReadDemoInterviewReport(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/ai-interviews/" + demoSubmittedSession + "/report"));
	}

	/**
	 * A correctly signed token that names acme with demo's session: the session is looked up as acme's, so it is
	 * not found, and nothing changes.
	 */
	void acmeTokenCannotReachDemoSession(ApiClient acme, String method, String suffix) {
		String path = "/api/v1/candidate-interview/" + signedToken(ACME, demoSession) + suffix;
		Object body = suffix.equals("/answers") ? Map.of("questionId", demoQuestion, "text", "探针") : null;
		assertNotFoundWithoutDemoData(acme.send(method, path, body));
		assertNotFoundWithoutDemoData(ApiClient.anonymous(port).send(method, path, body));
		assertThat(jdbc.queryForMap("select status, consented_at from interview.session where id = ?::uuid", demoSession))
			.containsEntry("status", "CREATED").containsEntry("consented_at", null);
	}

	void acmeTokenCannotSelfReportForDemoApplication(ApiClient acme) {
		String reports = "select id, tenant_id, version, updated_at from fairness.self_report where application_id = ?::uuid";
		List<Map<String, Object>> before = jdbc.queryForList(reports, demoApplication);
		acmeTokenCannotReachDemoSession(acme, "POST", "/self-report");
		assertThat(jdbc.queryForList(reports, demoApplication)).isEqualTo(before);
	}

	void acmeReadsOnlyItsOwnFeedbackSettings(ApiClient acme) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		assertThat(hr.put("/api/v1/interview/settings", Map.of("feedbackRelease", "AFTER_SUBMIT", "reviewerBaseUrl",
				"http://127.0.0.1:9/v1", "reviewerModel", "demo-probe-model")).status()).isEqualTo(200);
		try {
			ApiClient.Response settings = acme.get("/api/v1/interview/settings");
			assertThat(settings.status()).isEqualTo(200);
			assertThat(settings.body()).doesNotContain("demo-probe-model", "AFTER_SUBMIT");
		}
		finally {
			hr.put("/api/v1/interview/settings", Map.of("feedbackRelease", "NEVER"));
		}
	}

	void acmeFeedbackSettingsLandInAcme(ApiClient acme) {
		List<Map<String, Object>> demoBefore = jdbc.queryForList(
				"select feedback_release, updated_at from interview.feedback_settings where tenant_id = ?", DEMO);
		ApiClient.Response saved = acme.put("/api/v1/interview/settings", Map.of("feedbackRelease", "AFTER_DAYS",
				"feedbackDelayDays", 3));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select feedback_delay_days from interview.feedback_settings where tenant_id = ?",
				Integer.class, ACME)).isEqualTo(3);
		assertThat(jdbc.queryForList("select feedback_release, updated_at from interview.feedback_settings where tenant_id = ?",
				DEMO)).isEqualTo(demoBefore);
	}

	void acmeFairnessCountsOnlyAcme(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/analytics/fairness?stage=HIRED&requisitionId=" + demoOpenRequisition));
		ApiClient.Response all = acme.get("/api/v1/analytics/fairness?stage=SCREENED");
		assertThat(all.status()).as(all.body()).isEqualTo(200);
		assertNoDemoData(all.body());
		long counted = all.json().at("/attributes/0/groups").valueStream().mapToLong(g -> g.get("applicants").asLong()).sum();
		assertThat(counted).isEqualTo(data.count("recruitment.application", ACME));
	}

	/** A correctly signed token naming acme with demo's session cannot store a recording in it. */
	void acmeTokenCannotRecordInDemoSession(ApiClient acme) {
		Multipart upload = Multipart.file("file", "answer.ogg", "OggS");
		String path = "/api/v1/candidate-interview/" + signedToken(ACME, demoSession) + "/answers/" + demoQuestion + "/audio";
		assertNotFoundWithoutDemoData(upload.postTo(ApiClient.anonymous(port), path));
		assertNotFoundWithoutDemoData(upload.postTo(acme, path));
		assertThat(jdbc.queryForObject("select count(*) from interview.answer_audio where session_id = ?::uuid", Long.class,
				demoSession)).isZero();
	}

	void acmeDecisionLogHoldsOnlyAcmeAnswers(ApiClient acme) {
		assertThat(ApiClient.as(port, "hr@demo.example").get("/api/v1/ai-interviews/decision-log").body())
			.contains(demoSubmittedSession);
		ApiClient.Response log = acme.get("/api/v1/ai-interviews/decision-log?format=csv");
		assertThat(log.status()).as(log.body()).isEqualTo(200);
		assertThat(log.body()).doesNotContain(demoSubmittedSession);
		assertNoDemoData(log.body());
	}

	void acmeCannotPlayDemoRecording(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/ai-interviews/" + demoSubmittedSession + "/answers/" + demoQuestion
				+ "/audio"));
	}

	/** Signs a link token the way the installation does, with the key in its data directory. */
	private String signedToken(String tenant, String session) {
		try {
			byte[] key = java.util.Base64.getDecoder().decode(java.nio.file.Files.readString(
					properties.dataDirectory().resolve("interview-link.key")).strip());
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
			byte[] payload = (tenant + ":" + session + ":" + java.time.Instant.now().plusSeconds(3600).getEpochSecond())
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			java.util.Base64.Encoder url = java.util.Base64.getUrlEncoder().withoutPadding();
			return url.encodeToString(payload) + "." + url.encodeToString(mac.doFinal(payload));
		}
		catch (java.io.IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void acmeListsOnlyItsOwnQuestions(ApiClient acme) {
		ApiClient.Response list = acme.get("/api/v1/interview/questions?size=200");
		assertThat(list.status()).isEqualTo(200);
		assertNoDemoData(list.body());
		Set<String> acmeQuestions = data.ids("interview.question", ACME);
		assertThat(list.json().get("content").valueStream().map(q -> q.get("id").asString())).allMatch(acmeQuestions::contains);
		assertThat(list.json().at("/page/totalElements").asLong()).isEqualTo(
				jdbc.queryForObject("select count(*) from interview.question where tenant_id = ? and not archived", Long.class, ACME));
	}

	void acmeCannotReadDemoQuestion(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/interview/questions/" + demoQuestion));
	}

	void acmeQuestionLandsInAcme(ApiClient acme) {
		ApiClient.Response created = acme.post("/api/v1/interview/questions", InterviewFixtures.question("TEST-EN-DEADLINE", null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(data.tenantOf("interview.question", created.json().get("id").asString())).isEqualTo(ACME);
	}

	void acmeCannotUpdateDemoQuestion(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.put("/api/v1/interview/questions/" + demoQuestion,
				InterviewFixtures.question("TEST-SAFETY-GAS", "Hacked")));
		assertThat(jdbc.queryForObject("select text from interview.question where id = ?::uuid", String.class, demoQuestion))
			.startsWith(DEMO_QUESTION_MARKER);
	}

	void acmeCannotArchiveDemoQuestion(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.delete("/api/v1/interview/questions/" + demoQuestion));
		assertThat(jdbc.queryForObject("select archived from interview.question where id = ?::uuid", Boolean.class, demoQuestion))
			.isFalse();
	}

	void acmeSuggestsWithoutSeeingDemoData(ApiClient acme) {
		ApiClient.Response suggested = acme.post("/api/v1/interview/questions/suggest-key-points",
				Map.of("text", "First, listen to the customer. Then ask what they compare us with.", "language", "en"));
		assertThat(suggested.status()).as(suggested.body()).isEqualTo(200);
		assertNoDemoData(suggested.body());
	}

	void acmeCannotScoreAgainstDemoRubric(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/interview/questions/" + demoQuestion + "/score-preview",
				Map.of("text", "立即停止作业，撤离人员，报告调度室。")));
	}

	// --- recruitment

	private void createDemoRecruitmentRecords() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		assertThat(hr.put("/api/v1/positions/" + demoPosition + "/competency-model", Map.of("dimensions",
				List.of(Map.of("name", "安全意识", "weight", 1)), "mustHaves", Map.of("minYearsExperience", 2))).status())
			.isEqualTo(200);
		demoRequisition = hr.post("/api/v1/requisitions",
				Map.of("positionId", demoPosition, "departmentId", demoDepartment, "headcount", 1, "title", "采煤机司机 probe"))
			.json()
			.get("id")
			.asString();
		demoOpenRequisition = hr.post("/api/v1/requisitions",
				Map.of("positionId", demoPosition, "departmentId", demoDepartment, "headcount", 1))
			.json()
			.get("id")
			.asString();
		assertThat(hr.post("/api/v1/requisitions/" + demoOpenRequisition + "/open",
				Map.of("override", true, "reason", "isolation probe")).status()).isEqualTo(200);
		JsonNode receipt = hr.post("/api/v1/requisitions/" + demoOpenRequisition + "/applications",
				Map.of("name", "示例能源集团 候选人", "phone", "136" + System.nanoTime() % 100_000_000L, "channel", "REFERRAL",
						"consent", true))
			.json();
		demoCandidate = receipt.get("candidateId").asString();
		demoApplication = receipt.get("applicationId").asString();
		ApiClient.Response upload = resumeUpload(demoOpenRequisition, "empty.txt", "").postTo(hr, "/api/v1/candidates/import");
		assertThat(upload.status()).as(upload.body()).isEqualTo(202);
		demoUploadJob = upload.json().get("jobId").asString();
	}

	/** A plan for the open requisition and two interviews of its application, one of them submitted. */
	private void createDemoInterviews() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient.Response plan = hr.put("/api/v1/requisitions/" + demoOpenRequisition + "/interview-plan",
				Map.of("questions", List.of(Map.of("questionId", demoQuestion, "order", 1)), "passThreshold", 60));
		assertThat(plan.status()).as(plan.body()).isEqualTo(200);
		demoSession = hr.post("/api/v1/applications/" + demoApplication + "/ai-interview", null).json()
			.get("sessionId").asString();
		String submitted = hr.post("/api/v1/applications/" + demoApplication + "/ai-interview", null).json()
			.get("candidateUrl").asString();
		String token = submitted.substring(submitted.lastIndexOf('/') + 1);
		ApiClient candidate = ApiClient.anonymous(port);
		candidate.post("/api/v1/candidate-interview/" + token + "/consent", null);
		candidate.post("/api/v1/candidate-interview/" + token + "/answers",
				Map.of("questionId", demoQuestion, "text", "示例能源集团：立即停止作业，撤离人员，报告调度室。"));
		io.renloop.interview.AudioSamples.Upload recording = io.renloop.interview.AudioSamples.upload(
				io.renloop.interview.AudioSamples.oggOpus(256), "audio/ogg", Map.of());
		assertThat(candidate.send("POST", "/api/v1/candidate-interview/" + token + "/answers/" + demoQuestion + "/audio",
				recording.body(), recording.contentType()).status()).isEqualTo(200);
		ApiClient.Response done = candidate.post("/api/v1/candidate-interview/" + token + "/submit", null);
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		demoSubmittedSession = done.json().get("sessionId").asString();
		assertThat(candidate.post("/api/v1/candidate-interview/" + token + "/self-report", Map.of("gender", "FEMALE"))
			.status()).isIn(200, 201, 204);
		assertThat(hr.put("/api/v1/interview/settings", Map.of("feedbackRelease", "NEVER")).status()).isEqualTo(200);
	}

	/** A fresh demo interviewer, available a month ahead, booked for an hour of it (which e-mails demo people). */
	private void scheduleDemoInterview() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String login = TestUsers.createUser(administration, DEMO, Role.INTERVIEWER);
		demoInterviewer = jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class, login);
		Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
		assertThat(hr.post("/api/v1/interviewers/" + demoInterviewer + "/availability",
				Map.of("start", start, "end", start.plus(Duration.ofHours(4)))).status()).isEqualTo(201);
		ApiClient.Response booked = hr.post("/api/v1/applications/" + demoApplication + "/interviews", Map.of(
				"interviewerUserIds", List.of(demoInterviewer), "start", start, "end", start.plus(Duration.ofHours(1))));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		demoScheduledInterview = booked.json().get("id").asString();
	}

	void acmeCannotReadDemoAvailability(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/interviewers/" + demoInterviewer + "/availability"));
	}

	void acmeCannotAddDemoAvailability(ApiClient acme) {
		Instant start = Instant.now().plus(Duration.ofDays(60));
		assertNotFoundWithoutDemoData(acme.post("/api/v1/interviewers/" + demoInterviewer + "/availability",
				Map.of("start", start, "end", start.plus(Duration.ofHours(1)))));
		assertThat(jdbc.queryForObject("select count(*) from interview.interviewer_availability where user_id = ?",
				Long.class, demoInterviewer)).isEqualTo(1);
	}

	void acmeCannotScheduleDemoInterview(ApiClient acme) {
		Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
		assertNotFoundWithoutDemoData(acme.post("/api/v1/applications/" + demoApplication + "/interviews", Map.of(
				"interviewerUserIds", List.of(demoInterviewer), "start", start, "end", start.plus(Duration.ofHours(1)))));
		assertThat(jdbc.queryForObject("select count(*) from interview.scheduled_interview where application_id = ?::uuid",
				Long.class, demoApplication)).isEqualTo(1);
	}

	void acmeCannotListDemoInterviews(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/applications/" + demoApplication + "/interviews"));
	}

	void acmeCannotCancelDemoInterview(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.delete("/api/v1/applications/" + demoApplication + "/interviews/"
				+ demoScheduledInterview));
		assertThat(jdbc.queryForObject("select status from interview.scheduled_interview where id = ?::uuid",
				String.class, demoScheduledInterview)).isEqualTo("SCHEDULED");
	}

	void acmeOutboxHoldsOnlyAcmeMessages(ApiClient acme) {
		ApiClient.Response outbox = acme.get("/api/v1/dev/outbox?size=200");
		if (outbox.status() == 403) {
			assertProblem(outbox, 403);
			return;
		}
		assertThat(outbox.status()).isEqualTo(200);
		assertNoDemoData(outbox.body());
		assertThat(jdbc.queryForObject("select count(*) from platform.dev_outbox_message where tenant_id = ?", Long.class,
				DEMO)).as("demo has messages to hide").isPositive();
		assertThat(outbox.json().get("content").valueStream().map(m -> m.get("id").asString()))
			.allMatch(id -> ACME.equals(data.tenantOf("platform.dev_outbox_message", id)));
		assertThat(acme.get("/api/v1/dev/outbox?channel=SMS&size=200").json().get("content").valueStream()
			.map(m -> m.get("id").asString())).allMatch(id -> ACME.equals(data.tenantOf("platform.dev_outbox_message", id)));
	}

	/** The verdict depends on the number alone, with nothing of demo in it. */
	void acmeValidatesWithoutSeeingDemoData(ApiClient acme) {
		Map<String, String> check = Map.of("type", "PRC_RESIDENT_ID", "value", "110105194912310021");
		ApiClient.Response answer = acme.post("/api/v1/validation/identity", check);
		assertThat(answer.status()).isEqualTo(200);
		assertNoDemoData(answer.body());
		assertThat(answer.json().get("valid").asBoolean()).isFalse();
		assertThat(answer.json().get("reason").asString()).isNotBlank();
	}

	/** The income tax calculator reads and stores nothing: the answer is the same arithmetic for any tenant. */
	void acmeWithholdingDependsOnTheFiguresAlone(ApiClient acme) {
		ApiClient.Response answer = acme.post("/api/v1/payroll/tax/cumulative-withholding", Map.of("months",
				List.of(Map.of("income", 30000, "socialInsurance", 4500, "specialAdditionalDeductions", 2000,
						"otherDeductions", 0))));
		assertThat(answer.status()).isEqualTo(200);
		assertNoDemoData(answer.body());
		assertThat(answer.body()).contains("\"withheld\":555.00");
	}

	void acmeBonusTaxDependsOnTheFiguresAlone(ApiClient acme) {
		ApiClient.Response answer = acme.post("/api/v1/payroll/tax/annual-bonus", Map.of("bonus", 36001));
		assertThat(answer.status()).isEqualTo(200);
		assertNoDemoData(answer.body());
		assertThat(answer.body()).contains("\"tax\":3390.10");
	}

	/** Weights and a HOLD decision of demo, so that every table of the human part has a demo row. */
	private void createDemoAssessmentRecords() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		assertThat(hr.put("/api/v1/requisitions/" + demoOpenRequisition + "/assessment-weights",
				Map.of("ai", 35, "human", 65)).status()).isEqualTo(200);
		ApiClient.Response hold = hr.post("/api/v1/applications/" + demoApplication + "/decision",
				Map.of("outcome", "HOLD", "reason", "示例能源集团：等待面试官评分"));
		assertThat(hold.status()).as(hold.body()).isEqualTo(201);
	}

	void acmeTokenCannotRequestReviewOfDemoSession(ApiClient acme) {
		String path = "/api/v1/candidate-interview/" + signedToken(ACME, demoSubmittedSession) + "/human-review";
		assertNotFoundWithoutDemoData(acme.post(path, Map.of("reason", "probe")));
		assertNotFoundWithoutDemoData(ApiClient.anonymous(port).post(path, Map.of("reason", "probe")));
		assertThat(jdbc.queryForObject("select count(*) from interview.human_review where session_id = ?::uuid",
				Long.class, demoSubmittedSession)).isZero();
	}

	void acmeCannotRateDemoApplication(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/applications/" + demoApplication + "/scorecards",
				Map.of("ratings", List.of(Map.of("dimension", "安全意识", "rating", 5)), "recommendation", "STRONG_YES")));
		assertThat(jdbc.queryForObject("select count(*) from interview.scorecard where application_id = ?::uuid",
				Long.class, demoApplication)).isZero();
	}

	void acmeCannotChangeDemoWeights(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.put("/api/v1/requisitions/" + demoOpenRequisition + "/assessment-weights",
				Map.of("ai", 100, "human", 0)));
		assertThat(jdbc.queryForObject("select ai_weight from interview.assessment_weights where requisition_id = ?::uuid",
				Integer.class, demoOpenRequisition)).isEqualTo(35);
	}

	void acmeCannotDecideOnDemoApplication(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/applications/" + demoApplication + "/decision",
				Map.of("outcome", "REJECT", "reason", "probe")));
		assertDemoApplicationStillApplied();
		assertThat(jdbc.queryForObject("select count(*) from interview.hiring_decision where application_id = ?::uuid",
				Long.class, demoApplication)).isEqualTo(1);
	}

	void acmeQueuesOnlyItsOwnHumanReviews(ApiClient acme) {
		ApiClient.Response queue = acme.get("/api/v1/human-reviews");
		assertThat(queue.status()).isEqualTo(200);
		assertNoDemoData(queue.body());
		assertThat(queue.json().valueStream().map(r -> r.get("id").asString()))
			.allMatch(id -> ACME.equals(data.tenantOf("interview.human_review", id)));
		assertThat(queue.body()).doesNotContain(demoHumanReview());
	}

	void acmeCannotAnswerDemoHumanReview(ApiClient acme) {
		String review = demoHumanReview();
		String before = jdbc.queryForObject("select status from interview.human_review where id = ?::uuid", String.class, review);
		assertNotFoundWithoutDemoData(acme.post("/api/v1/human-reviews/" + review + "/answer",
				Map.of("outcome", "REVISED", "comment", "probe")));
		assertThat(jdbc.queryForObject("select status from interview.human_review where id = ?::uuid", String.class, review))
			.isEqualTo(before);
	}

	/** A human review request of the demo tenant (the demo data has one). */
	private String demoHumanReview() {
		return jdbc.queryForObject("select id::text from interview.human_review where tenant_id = ? order by requested_at limit 1",
				String.class, DEMO);
	}

	private static Multipart resumeUpload(String requisitionId, String fileName, String content) {
		return Multipart.form(Map.of("requisitionId", requisitionId, "channel", "OTHER", "consent", "true"), "files[]",
				fileName, content);
	}

	void acmeCannotUploadResumesToDemoRequisition(ApiClient acme) {
		assertNotFoundWithoutDemoData(resumeUpload(demoOpenRequisition, "probe.txt", "Probe Person\n13500000000")
			.postTo(acme, "/api/v1/candidates/import"));
		assertThat(jdbc.queryForObject("select count(*) from platform.background_job where payload ->> 'requisitionId' = ?",
				Long.class, demoOpenRequisition)).isEqualTo(1);
	}

	void acmeCannotReadDemoUploadJob(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/jobs/" + demoUploadJob));
	}

	void acmeCannotApplyToDemoRequisition(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/requisitions/" + demoOpenRequisition + "/applications",
				Map.of("name", "Probe", "phone", "13500000000", "channel", "OTHER", "consent", true)));
		assertThat(jdbc.queryForObject("select count(*) from recruitment.application where requisition_id = ?::uuid",
				Long.class, demoOpenRequisition)).isEqualTo(1);
	}

	void acmeWebhookCannotApplyToDemoRequisition(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/applications/inbound", Map.of("requisitionId",
				demoOpenRequisition, "channel", "LIEPIN", "resume", Map.of("text", "Jane Doe\n13500000000"), "consent", true)));
		assertThat(jdbc.queryForObject("select count(*) from recruitment.application where requisition_id = ?::uuid",
				Long.class, demoOpenRequisition)).isEqualTo(1);
	}

	void acmeCannotListDemoApplications(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/requisitions/" + demoOpenRequisition + "/applications"));
	}

	void acmeCannotReadDemoMatches(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/requisitions/" + demoOpenRequisition + "/matches"));
	}

	void acmeCannotReadDemoRecommendations(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/requisitions/" + demoOpenRequisition + "/recommendations"));
	}

	void acmeCannotFindDemoCandidates(ApiClient acme) {
		ApiClient.Response found = acme.get("/api/v1/talent-pool/search?size=200&q="
				+ java.net.URLEncoder.encode("示例能源集团 候选人 注册安全工程师 安全", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(found.body()).doesNotContain(demoCandidate);
		assertNoDemoData(found.body());
		for (JsonNode hit : found.json()) {
			assertThat(data.tenantOf("recruitment.candidate", UUID.fromString(hit.get("candidateId").asString())))
				.isEqualTo(ACME);
		}
	}

	void acmeRebuildRevealsNothingOfDemo(ApiClient acme) {
		ApiClient.Response rebuilt = acme.post("/api/v1/talent-pool/rebuild", null);
		assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(202);
		assertNoDemoData(rebuilt.body());
	}

	void acmeCannotDeriveDemoIdealProfile(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/positions/" + demoPosition + "/ideal-profile"));
	}

	void acmeCannotReadDemoCandidate(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/candidates/" + demoCandidate));
	}

	void acmeCannotExportDemoCandidate(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/candidates/" + demoCandidate + "/export"));
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event
				where entity_id = ? and action = 'READ_SENSITIVE' and actor like '%@acme.example'""", Long.class,
				demoCandidate))
			.isZero();
	}

	void acmeCannotEraseDemoCandidate(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.delete("/api/v1/candidates/" + demoCandidate));
		assertThat(jdbc.queryForObject("select name from recruitment.candidate where id = ?::uuid", String.class,
				demoCandidate)).isEqualTo("示例能源集团 候选人");
	}

	void acmeCountsOnlyItsOwnApplications(ApiClient acme) {
		ApiClient.Response channels = acme.get("/api/v1/analytics/recruitment/channels?from=2000-01-01&to=2099-12-31");
		assertThat(channels.status()).isEqualTo(200);
		assertNoDemoData(channels.body());
		long counted = channels.json().valueStream().mapToLong(channel -> channel.get("applications").asLong()).sum();
		assertThat(counted).isEqualTo(data.count("recruitment.application", ACME));
	}

	void acmeCannotMoveDemoApplication(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/applications/" + demoApplication + "/transitions",
				Map.of("to", "SCREENED")));
		assertDemoApplicationStillApplied();
	}

	void acmeCannotBulkMoveDemoApplication(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/applications/transitions",
				Map.of("applicationIds", List.of(demoApplication), "to", "POOL", "reason", "probe")));
		assertDemoApplicationStillApplied();
	}

	private void assertDemoApplicationStillApplied() {
		assertThat(jdbc.queryForObject("select stage from recruitment.application where id = ?::uuid", String.class,
				demoApplication)).isEqualTo("APPLIED");
	}

	void acmeCannotReadDemoCompetencyModel(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/positions/" + demoPosition + "/competency-model"));
	}

	void acmeCannotReplaceDemoCompetencyModel(ApiClient acme) {
		String before = demoCompetencyModel();
		assertNotFoundWithoutDemoData(acme.put("/api/v1/positions/" + demoPosition + "/competency-model",
				Map.of("dimensions", List.of(Map.of("name", "Probe", "weight", 1)), "mustHaves", Map.of())));
		assertThat(demoCompetencyModel()).isEqualTo(before);
	}

	private String demoCompetencyModel() {
		return jdbc.queryForObject("select definition::text from recruitment.competency_model where position_id = ?",
				String.class, demoPosition);
	}

	void acmeCannotRequisitionForDemoPosition(ApiClient acme) {
		long before = data.count("recruitment.requisition", ACME);
		JsonNode problem = assertProblem(acme.post("/api/v1/requisitions",
				Map.of("positionId", demoPosition, "departmentId", demoDepartment, "headcount", 1)), 400);
		assertThat(errorFields(problem)).containsExactly("positionId");
		assertThat(data.count("recruitment.requisition", ACME)).isEqualTo(before);
	}

	void acmeListsOnlyItsOwnRequisitions(ApiClient acme) {
		ApiClient.Response list = acme.get("/api/v1/requisitions?size=200");
		assertThat(list.status()).isEqualTo(200);
		assertNoDemoData(list.body());
		Set<String> acmeIds = data.ids("recruitment.requisition", ACME);
		assertThat(list.json().get("content").valueStream().map(r -> r.get("id").asString())).allMatch(acmeIds::contains);
		assertThat(list.json().at("/page/totalElements").asLong()).isEqualTo(acmeIds.size());
	}

	void acmeCannotReadDemoRequisition(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.get("/api/v1/requisitions/" + demoRequisition));
	}

	void acmeCannotMoveDemoRequisition(ApiClient acme, String transition) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/requisitions/" + demoRequisition + "/" + transition,
				Map.of("override", true, "reason", "probe")));
		assertThat(jdbc.queryForObject("select status from recruitment.requisition where id = ?::uuid", String.class,
				demoRequisition)).isEqualTo("DRAFT");
	}

	void acmeListsOnlyItsOwnUsers(ApiClient acme) {
		ApiClient.Response users = acme.get("/api/v1/users");
		if (users.status() == 403) {
			assertProblem(users, 403);
			return;
		}
		assertThat(users.status()).isEqualTo(200);
		assertNoDemoData(users.body());
		assertThat(users.json().valueStream().map(u -> u.get("id").asString()))
			.allMatch(id -> ACME.equals(data.tenantOf("platform.user_account", id)));
	}

	void acmeCannotReadDemoUser(ApiClient acme) {
		assertAbsentOrForbidden(acme.get("/api/v1/users/" + demoUser()));
	}

	void acmeUserLandsInAcme(ApiClient acme) {
		ApiClient.Response created = acme.post("/api/v1/users", Map.of("email", "probe-" + UUID.randomUUID() + "@acme.example",
				"displayName", "Probe", "password", "Granite-orbit-2026", "roles", List.of("EMPLOYEE")));
		if (created.status() == 403) {
			assertProblem(created, 403);
			return;
		}
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(data.tenantOf("platform.user_account", created.json().get("id").asString())).isEqualTo(ACME);
	}

	void acmeCannotChangeDemoUser(ApiClient acme) {
		assertAbsentOrForbidden(acme.put("/api/v1/users/" + demoUser() + "/access",
				Map.of("roles", List.of("TENANT_ADMIN"), "enabled", false)));
		assertThat(jdbc.queryForObject("select roles from platform.user_account where id = ?", String.class, demoUser()))
			.isEqualTo("HR_ADMIN");
	}

	void acmeCannotSetDemoUserPassword(ApiClient acme) {
		String before = jdbc.queryForObject("select password_hash from platform.user_account where id = ?", String.class,
				demoUser());
		assertAbsentOrForbidden(acme.put("/api/v1/users/" + demoUser() + "/password", Map.of("password", "Granite-orbit-2026")));
		assertThat(jdbc.queryForObject("select password_hash from platform.user_account where id = ?", String.class,
				demoUser())).isEqualTo(before);
	}

	void acmeCannotUnlockDemoUser(ApiClient acme) {
		assertAbsentOrForbidden(acme.post("/api/v1/users/" + demoUser() + "/unlock", null));
	}

	private UUID demoUser() {
		return jdbc.queryForObject("select id from platform.user_account where email = 'hr@demo.example'", UUID.class);
	}

	private String demoImportJob() {
		ApiClient.Response started = Multipart.file("file", "units.csv", "code,name,parentCode,kind\nJOB"
				+ UUID.randomUUID().toString().substring(0, 8) + ",Probe,MINING,TEAM\n")
			.postTo(ApiClient.as(port, "hr@demo.example"), "/api/v1/imports/departments?dryRun=true");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return started.json().get("jobId").asString();
	}

	private static JsonNode finishedJob(ApiClient client, String jobId) {
		long deadline = System.currentTimeMillis() + 60_000;
		while (true) {
			JsonNode job = client.get("/api/v1/imports/jobs/" + jobId).json();
			if (!"RUNNING".equals(job.get("status").asString()) || System.currentTimeMillis() > deadline) {
				return job;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return job;
			}
		}
	}

	private void assertAbsentOrForbidden(ApiClient.Response response) {
		assertThat(response.status()).isIn(403, 404);
		assertProblem(response, response.status());
		assertNoDemoData(response.body());
	}

	// --- onboarding

	/** A case of an application of demo at OFFER, filled in and submitted by its new hire; its checks have run. */
	private void createDemoOnboardingCase() {
		Map<String, Object> candidacy = jdbc.queryForMap("""
				select a.id as application_id, a.candidate_id, a.requisition_id, r.department_id, r.position_id
				from recruitment.application a join recruitment.requisition r on r.id = a.requisition_id
				where a.tenant_id = 'demo' and a.stage = 'OFFER' order by a.created_at desc limit 1""");
		Instant sent = Instant.now().minusSeconds(1);
		demoOnboardingCase = SystemActor.callAs(DEMO, () -> onboardingCases.open(
				OnboardingFixtures.offer(DEMO, candidacy, demoToday().plusDays(20))));
		String token = OnboardingFixtures.linkToken(jdbc, DEMO, jdbc.queryForObject(
				"select candidate_name from onboarding.onboarding_case where id = ?", String.class, demoOnboardingCase),
				sent);
		ApiClient newHire = ApiClient.anonymous(port);
		JsonNode form = newHire.get("/api/v1/onboarding/" + token).json();
		@SuppressWarnings("unchecked")
		Map<String, Object> prefilled = tools.jackson.databind.json.JsonMapper.builder().build()
			.convertValue(form.get("personalInfo"), Map.class);
		ApiClient.Response saved = newHire.put("/api/v1/onboarding/" + token + "/personal-info",
				OnboardingFixtures.completed(prefilled));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(newHire.postFile("/api/v1/onboarding/" + token + "/documents", "file", "id.png",
				OnboardingFixtures.PNG).status()).isEqualTo(201);
		assertThat(ApiClient.as(port, "hr@demo.example").put("/api/v1/contract-templates", Map.of("language", "zh",
				"title", "示例能源集团 劳动合同", "body", "甲方：{companyName}\n\n乙方：{employeeName}（{idNumber}），岗位 {positionName}，"
						+ "期限 {termMonths} 个月。", "termMonths", 24, "placeOfWork", "示例能源集团 矿区")).status()).isEqualTo(200);
		OnboardingFixtures.signContract(newHire, jdbc, DEMO, token, "new.hire@example.com");
		assertThat(newHire.post("/api/v1/onboarding/" + token + "/submit", null).status()).isEqualTo(200);
		assertThat(Eventually.await(() -> jdbc.queryForObject(
				"select count(*) from onboarding.verification_result where case_id = ?", Long.class,
				demoOnboardingCase) > 0 ? Boolean.TRUE : null)).isTrue();
		demoOnboardingItem = jdbc.queryForObject("""
				select id::text from onboarding.checklist_item where case_id = ? and owner = 'HR'
				order by sort_order limit 1""", String.class, demoOnboardingCase);
	}

	void acmeListsNoDemoOnboardingCase(ApiClient acme) {
		ApiClient.Response list = acme.get("/api/v1/onboarding-cases");
		assertThat(list.status()).isEqualTo(200);
		assertNoDemoData(list.body());
		assertThat(list.body()).doesNotContain(demoOnboardingCase.toString());
	}

	void acmeCannotTickDemoChecklist(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/onboarding-cases/" + demoOnboardingCase + "/checklist/"
				+ demoOnboardingItem + "/done", null));
		assertThat(jdbc.queryForObject("select done_at is null from onboarding.checklist_item where id = ?::uuid",
				Boolean.class, demoOnboardingItem)).isTrue();
	}

	void acmeCannotCompleteDemoOnboarding(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/onboarding-cases/" + demoOnboardingCase + "/complete", null));
		assertThat(jdbc.queryForObject("select status from onboarding.onboarding_case where id = ?", String.class,
				demoOnboardingCase)).isEqualTo("SUBMITTED");
	}

	/**
	 * The new hire's side knows no tenant but the one of the token's case: a token of no case is not found, with or
	 * without a login of acme, and demo's case stays as it was.
	 */
	void forgedTokenCannotReachDemoOnboarding(ApiClient acme, String method, String suffix, Object body) {
		String state = """
				select status || md5(coalesce(personal_info, ''::bytea)) || (select count(*)
				from onboarding.onboarding_document d where d.case_id = c.id)
				from onboarding.onboarding_case c where id = ?""";
		String contract = "select md5(signed_pdf) || failed_code_attempts || coalesce(code_hash, '') from onboarding.labour_contract where id = ?";
		String before = jdbc.queryForObject(state, String.class, demoOnboardingCase);
		String contractBefore = jdbc.queryForObject(contract, String.class, demoOnboardingCase);
		String path = "/api/v1/onboarding/" + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(new byte[32]) + suffix;
		assertNotFoundWithoutDemoData(acme.send(method, path, body));
		assertNotFoundWithoutDemoData(ApiClient.anonymous(port).send(method, path, body));
		assertThat(jdbc.queryForObject(state, String.class, demoOnboardingCase)).isEqualTo(before);
		assertThat(jdbc.queryForObject(contract, String.class, demoOnboardingCase)).isEqualTo(contractBefore);
	}

	void acmeReadsOnlyItsOwnContractTemplates(ApiClient acme) {
		ApiClient.Response templates = acme.get("/api/v1/contract-templates");
		assertThat(templates.status()).isEqualTo(200);
		assertNoDemoData(templates.body());
		assertThat(templates.json().size()).isEqualTo(2);
	}

	void acmeContractTemplateLandsInAcme(ApiClient acme) {
		ApiClient.Response saved = acme.put("/api/v1/contract-templates", Map.of("language", "zh", "title",
				"Acme 劳动合同", "body", "{employeeName}：Acme 劳动合同。", "termMonths", 12, "placeOfWork", "Acme 总部"));
		assertThat(saved.status()).isEqualTo(200);
		assertNoDemoData(saved.body());
		assertThat(jdbc.queryForObject("select title from onboarding.contract_template where tenant_id = ? and language = 'zh'",
				String.class, DEMO)).isEqualTo("示例能源集团 劳动合同");
		assertThat(jdbc.queryForObject("select title from onboarding.contract_template where tenant_id = ? and language = 'zh'",
				String.class, ACME)).isEqualTo("Acme 劳动合同");
	}

	// --- offers

	/** An application of demo in the interview stage, with an APPROVED offer whose link went to the candidate. */
	String demoOfferApplication;

	String demoOffer;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	private void createDemoOffer() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		assertThat(hr.put("/api/v1/offer-templates", Map.of("language", "zh", "title", "示例能源集团 录用通知书",
				"body", "{candidateName}：示例能源集团 录用您担任 {positionName}，月薪 {monthlySalary} 元。")).status())
			.isEqualTo(200);
		io.renloop.onboarding.OfferFixtures.Application application = io.renloop.onboarding.OfferFixtures
			.applicationInInterviews(hr, io.renloop.onboarding.OfferFixtures.newSlot(hr, data, DEMO, "PROD", "MINING", 1),
					"示例能源集团 录用候选人");
		demoOfferApplication = application.id().toString();
		demoOffer = io.renloop.onboarding.OfferFixtures.makeOffer(hr, application,
				io.renloop.onboarding.OfferFixtures.terms(12000)).get("id").asString();
		io.renloop.onboarding.OfferFixtures.decide(events, transactions, hr, DEMO, demoOffer,
				io.renloop.workflow.ApprovalOutcome.APPROVED, null);
	}

	void acmeCannotOfferToDemoApplication(ApiClient acme) {
		long before = jdbc.queryForObject("select count(*) from onboarding.offer", Long.class);
		assertNotFoundWithoutDemoData(acme.post("/api/v1/applications/" + demoOfferApplication + "/offers",
				io.renloop.onboarding.OfferFixtures.terms(9000)));
		assertThat(jdbc.queryForObject("select count(*) from onboarding.offer", Long.class)).isEqualTo(before);
	}

	void acmeCannotWithdrawDemoOffer(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/offers/" + demoOffer + "/withdraw", null));
		assertThat(jdbc.queryForObject("select status from onboarding.offer where id = ?::uuid", String.class,
				demoOffer)).isEqualTo("APPROVED");
	}

	private String demoCalendar() {
		assertThat(ApiClient.as(port, "hr@demo.example").get("/api/v1/attendance/calendars").status()).isEqualTo(200);
		return jdbc.queryForObject("select id::text from attendance.work_calendar where tenant_id = ? and is_default", String.class, DEMO);
	}

	private String demoDepartmentOf(String code) {
		return new DemoData(jdbc).departmentId(DEMO, code).toString();
	}

	void acmeCalendarLandsInAcme(ApiClient acme) {
		ApiClient.Response created = acme.post("/api/v1/attendance/calendars", Map.of("code", "A" + UUID.randomUUID().toString().substring(0, 8), "nameZh", "Acme 日历", "nameEn", "Acme calendar"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(data.tenantOf("attendance.work_calendar", created.json().get("id").asString())).isEqualTo(ACME);
	}

	void acmeShiftLandsInAcme(ApiClient acme) {
		assertThat(acme.put("/api/v1/attendance/shifts/EARLY", Map.of("nameZh", "Acme 早班", "nameEn", "Acme early", "start", "07:00", "end", "15:00")).status()).isEqualTo(200);
		assertThat(jdbc.queryForList("select tenant_id from attendance.shift where code = 'EARLY' and name_en = 'Acme early'", String.class)).containsOnly(ACME);
		assertThat(jdbc.queryForObject("select name_zh from attendance.shift where code = 'EARLY' and tenant_id = ?", String.class, DEMO)).isEqualTo("早班");
	}

	private String acmeRotation(ApiClient acme) {
		ApiClient.Response created = acme.post("/api/v1/attendance/rotations", Map.of("code", "A" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "nameZh", "Acme 轮班", "nameEn", "Acme rotation", "cycle", List.of("STD", "-"), "startDate", "2026-01-01"));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	void acmeCannotAssignRotationToDemoTeam(ApiClient acme) {
		String rotation = jdbc.queryForObject("select code from attendance.rotation where id = ?::uuid", String.class, acmeRotation(acme));
		assertNotFoundWithoutDemoData(acme.post("/api/v1/attendance/rotation-assignments", Map.of("rotationCode", rotation, "departmentId", demoDepartment, "effectiveFrom", "2027-01-01")));
		assertNotFoundWithoutDemoData(acme.post("/api/v1/attendance/rotation-assignments", Map.of("rotationCode", rotation, "employeeId", demoEmployee, "effectiveFrom", "2027-01-01")));
	}

	void acmeCannotReadDemoCalendar(ApiClient acme) {
		assertThat(ApiClient.as(port, "hr@demo.example").get("/api/v1/attendance/calendars/default/days?from=2026-01-01&to=2026-01-31").status()).isEqualTo(200);
		String demoCalendar = jdbc.queryForObject("select id::text from attendance.work_calendar where tenant_id = ? and is_default", String.class, DEMO);
		assertNotFoundWithoutDemoData(acme.get("/api/v1/attendance/calendars/" + demoCalendar + "/days?from=2026-01-01&to=2026-01-31"));
		ApiClient.Response own = acme.get("/api/v1/attendance/calendars/default/days?from=2026-01-01&to=2026-01-31");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).doesNotContain(demoCalendar);
	}

	void acmeReadsOnlyItsOwnOfferTemplates(ApiClient acme) {
		ApiClient.Response templates = acme.get("/api/v1/offer-templates");
		assertThat(templates.status()).isEqualTo(200);
		assertNoDemoData(templates.body());
		assertThat(templates.json().size()).isEqualTo(2);
	}

	void acmeOfferTemplateLandsInAcme(ApiClient acme) {
		assertThat(acme.put("/api/v1/offer-templates", Map.of("language", "zh", "title", "Acme 录用通知书", "body",
				"{candidateName}：Acme 录用您。")).status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select title from onboarding.offer_template where tenant_id = ? and language = 'zh'",
				String.class, DEMO)).isEqualTo("示例能源集团 录用通知书");
		assertThat(jdbc.queryForObject("select title from onboarding.offer_template where tenant_id = ? and language = 'zh'",
				String.class, ACME)).isEqualTo("Acme 录用通知书");
	}

	/** A token of the right form made from the demo offer's id: links are random, so it finds nothing. */
	private String forgedOfferLink() {
		String forged = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString((demoOffer.replace("-", "") + "xxxxxxxx").getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.substring(0, 43);
		return "/api/v1/candidate-offers/" + forged;
	}

	void acmeForgedTokenCannotAnswerDemoOffer(ApiClient acme, String action, Object body) {
		assertNotFoundWithoutDemoData(acme.post(forgedOfferLink() + action, body));
		assertThat(jdbc.queryForObject("select status from onboarding.offer where id = ?::uuid", String.class,
				demoOffer)).isEqualTo("APPROVED");
	}

	// --- approvals

	private void createDemoApproval() {
		demoApprovalSubject = UUID.randomUUID();
		SystemActor.runAs(DEMO, () -> approvalRequests.start(new io.renloop.workflow.ApprovalRequest("offer",
				demoApprovalSubject, "Offer " + DEMO_QUESTION_MARKER, demoDepartment, null, null, Map.of())));
		demoApprovalTask = jdbc.queryForObject("""
				select s.task_id from workflow.approval_step s join workflow.approval a on a.id = s.approval_id
				where a.subject_id = ? and s.task_id is not null""", String.class, demoApprovalSubject);
	}

	void acmeInboxHoldsNoDemoTask(ApiClient acme) {
		ApiClient.Response inbox = acme.get("/api/v1/approvals/inbox");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.body()).doesNotContain(demoApprovalTask);
		assertNoDemoData(inbox.body());
	}

	void acmeCannotDecideDemoTask(ApiClient acme) {
		assertNotFoundWithoutDemoData(acme.post("/api/v1/approvals/" + demoApprovalTask + "/decision",
				Map.of("outcome", "REJECTED")));
		assertThat(jdbc.queryForObject("select count(*) from workflow.approval_step where task_id = ? and outcome is null",
				Long.class, demoApprovalTask)).isEqualTo(1);
	}

	void acmeReadsNoDemoApprovalHistory(ApiClient acme) {
		ApiClient.Response history = acme
			.get("/api/v1/approvals/history?subjectType=offer&subjectId=" + demoApprovalSubject);
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.json().size()).isZero();
	}

	void acmeReadsOnlyItsOwnDelegation(ApiClient acme) {
		ApiClient.Response delegation = acme.get("/api/v1/approvals/delegation");
		assertThat(delegation.status()).isEqualTo(200);
		assertThat(delegation.body()).doesNotContain(demoUser().toString());
		assertNoDemoData(delegation.body());
	}

	void acmeCannotDelegateToDemoUser(ApiClient acme) {
		JsonNode problem = assertProblem(acme.put("/api/v1/approvals/delegation", Map.of("delegateUserId", demoUser(),
				"from", demoToday(), "to", demoToday().plusDays(1))), 400);
		assertThat(errorFields(problem)).containsExactly("delegateUserId");
		assertThat(jdbc.queryForObject("select count(*) from workflow.delegation where delegate_user_id = ?", Long.class,
				demoUser())).isZero();
	}

	void acmeSeesOnlyItsOwnChain(ApiClient acme) {
		JsonNode chain = acme.get("/api/v1/approvals/chains/offer").json();
		assertThat(chain.get("source").asString()).as("demo configured offer, acme did not").isEqualTo("DEFAULT");
	}

	void acmeChainLandsInAcme(ApiClient acme) {
		String type = "iso-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(acme.put("/api/v1/approvals/chains/" + type, Map.of("steps",
				List.of(Map.of("name", "Head", "kind", "MANAGER", "levels", 1)))).status()).isEqualTo(200);
		assertThat(jdbc.queryForList("select tenant_id from workflow.approval_chain where subject_type = ?",
				String.class, type)).containsExactly(ACME);
	}

	void acmeBpmnLandsInAcme(ApiClient acme) {
		String type = "iso-" + UUID.randomUUID().toString().substring(0, 8);
		String xml = """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="renloop">
				  <process id="iso_%s" isExecutable="true"><startEvent id="s"/>
				    <sequenceFlow id="f" sourceRef="s" targetRef="t"/><userTask id="t" name="Check"/></process>
				</definitions>""".formatted(type.replace('-', '_'));
		assertThat(acme.postFile("/api/v1/approvals/chains/" + type + "/bpmn", "file", "p.bpmn",
				xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
		assertThat(jdbc.queryForList("select tenant_id from workflow.approval_chain where subject_type = ?",
				String.class, type)).containsExactly(ACME);
	}

	// --- below the API

	@Test
	void loadByIdUnderAcmeFindsNoDemoEntity() {
		List<EntityType<?>> tenantEntities = entityManager.getMetamodel()
			.getEntities()
			.stream()
			.filter(TenantIsolationTests::hasTenantId)
			.toList();
		assertThat(tenantEntities).extracting(EntityType::getName).contains("Employee", "Department", "Position");
		for (EntityType<?> entity : tenantEntities) {
			Table table = entity.getJavaType().getAnnotation(Table.class);
			List<UUID> demoIds = jdbc.queryForList(
					"select id from " + table.schema() + "." + table.name() + " where tenant_id = ? limit 1", UUID.class,
					DEMO);
			assertThat(demoIds).as("a demo %s to look for (the set-up creates one of each)", entity.getName()).hasSize(1);
			UUID demoId = demoIds.get(0);
			assertThat(findAs(DEMO, entity.getJavaType(), demoId)).as("%s found by its own tenant", entity.getName())
				.isNotNull();
			assertThat(findAs(ACME, entity.getJavaType(), demoId)).as("%s %s found from acme", entity.getName(), demoId)
				.isNull();
		}
	}

	@Test
	void employeesApiUnderAcmeCannotLoadDemoEmployee() {
		assertThatThrownBy(() -> SystemActor.callAs(ACME, () -> employees.get(demoEmployee)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> SystemActor.callAs(ACME, () -> employees.revealPersonalData(demoEmployee)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> SystemActor.callAs(ACME, () -> timeline.timeline(demoEmployee)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> SystemActor.callAs(ACME,
				() -> timeline.append(demoEmployee, demoToday(), "PROBE", "test", "probe", Map.of())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void organizationApiUnderAcmeCannotLoadDemoUnits() {
		assertThatThrownBy(() -> SystemActor.callAs(ACME, () -> organization.department(demoDepartment)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> SystemActor.callAs(ACME, () -> organization.subtreeIds(demoDepartment)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> SystemActor.callAs(ACME, () -> organization.position(demoPosition)))
			.isInstanceOf(NotFoundException.class);
		assertThat(SystemActor.callAs(ACME, () -> organization.departmentByCode("MINING"))).isEmpty();
	}

	private Object findAs(String tenant, Class<?> type, UUID id) {
		return SystemActor.callAs(tenant, () -> transactions.execute(status -> entityManager.find(type, id)));
	}

	private static boolean hasTenantId(EntityType<?> entity) {
		for (Class<?> type = entity.getJavaType(); type != null; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.isAnnotationPresent(TenantId.class)) {
					return true;
				}
			}
		}
		return false;
	}

	// --- assertions

	private void assertOnlyAcmeRows(ApiClient.Response list, String table) {
		assertThat(list.status()).isEqualTo(200);
		assertNoDemoData(list.body());
		Set<String> acmeIds = data.ids(table, ACME);
		assertThat(list.json().valueStream().map(row -> row.get("id").asString())).isNotEmpty()
			.allMatch(acmeIds::contains);
		assertThat(list.json().size()).isEqualTo(acmeIds.size());
	}

	void acmeCannotClockForDemoEmployee(ApiClient acme) {
		String device = "probe-" + UUID.randomUUID();
		var response = acme.post("/api/v1/attendance/clock-events", Map.of("events", List.of(Map.of("deviceId", device,
				"eventId", "1", "employeeNo", "SNE00002", "at", "2026-03-02T09:00:00+08:00", "source", "DEVICE"))));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("rejected").size()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from attendance.clock_event where device_id = ?", Long.class,
				device)).isZero();
	}

	void acmeCloseDoesNotTouchDemoPeriods(ApiClient acme) {
		assertProblem(acme.post("/api/v1/attendance/periods/2099-01/close", null), 409);
		assertThat(jdbc.queryForList("select status from attendance.attendance_period where tenant_id = 'demo' and "
				+ "period = '2000-01'", String.class)).containsExactly("CLOSED");
	}

	void acmeCannotReopenDemoClosedMonth(ApiClient acme) {
		assertProblem(acme.post("/api/v1/attendance/periods/2000-01/reopen", Map.of("reason", "probe")), 409);
		assertThat(jdbc.queryForList("select status from attendance.attendance_period where tenant_id = 'demo' and "
				+ "period = '2000-01'", String.class)).containsExactly("CLOSED");
	}

	/** A closed month and a site in demo, for the attendance probes. */
	private void createDemoClosedMonth() {
		jdbc.update("insert into attendance.clock_site (id, tenant_id, name, latitude, longitude, radius_m, created_at) "
				+ "values (?, 'demo', '示例能源集团一号井', 37.87, 112.55, 300, now())", UUID.randomUUID());
		jdbc.update("insert into attendance.attendance_period (tenant_id, period, status, closed_at) values ('demo', "
				+ "'2000-01', 'CLOSED', now()) on conflict do nothing");
	}

	private void assertNotFoundWithoutDemoData(ApiClient.Response response) {
		assertProblem(response, 404);
		assertNoDemoData(response.body());
	}

	private void assertNoDemoData(String body) {
		assertThat(body).doesNotContain(demoMarkers);
	}

	record Probe(String name, Consumer<ApiClient> check) {
	}

	/** Today as the demo tenant sees it (Asia/Shanghai), from the application's clock. */
	private java.time.LocalDate demoToday() {
		return SystemActor.callAs(DEMO, tenantTime::today);
	}
}
