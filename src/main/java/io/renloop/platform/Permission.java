package io.renloop.platform;

/**
 * What a user may do. Roles bundle permissions; API tokens may narrow them with scopes.
 */
public enum Permission {
	ORG_READ, ORG_WRITE, EMPLOYEE_READ, EMPLOYEE_WRITE, EMPLOYEE_PII_REVEAL, AUDIT_READ, DATA_IMPORT, DATA_EXPORT,
	USER_ADMIN, TENANT_ADMIN_ALL, RESUME_PARSE, RECRUITMENT_READ, RECRUITMENT_WRITE, HEADCOUNT_OVERRIDE,
	/** Export and erase a candidate's personal data on their request. */
	CANDIDATE_PRIVACY,
	/** Read and write interview question banks and try rubrics on sample answers. */
	INTERVIEW_READ, INTERVIEW_WRITE,
	/** Decide whether and when candidates see interview feedback, and configure the optional wording reviewer. */
	INTERVIEW_ADMIN,
	/** Read the fairness report built from candidates' voluntary self-reports. */
	FAIRNESS_READ,
	/** Submit one's own interviewer scorecard for an application. */
	SCORECARD_WRITE,
	/** Configure the tenant's approval chains and read every approval's history. */
	APPROVAL_ADMIN,
	/** Read offers; make, change and withdraw them. */
	OFFER_READ, OFFER_WRITE,
	/** Read onboarding cases and work their checklists; open, change and complete them. */
	ONBOARDING_READ, ONBOARDING_WRITE,
	/**
	 * Read and resubmit the event publications of the whole installation (every tenant): platform administrators
	 * only, never a tenant administrator.
	 */
	EVENT_DELIVERY_ADMIN,
	/**
	 * Scrape the installation's metrics at {@code /actuator/prometheus} (every tenant's counts together): platform
	 * administrators and monitoring tokens only.
	 */
	METRICS_READ,
	/** Read schedules, clock events, daily results and monthly summaries (within the data scope). */
	ATTENDANCE_READ,
	/** Send clock events (terminals, imports) and ask for corrections and overtime. */
	ATTENDANCE_WRITE,
	/** Keep work calendars, shifts, rotations, sites and schedules; close and reopen attendance months. */
	ATTENDANCE_ADMIN,
	/** Read leave balances and requests (within the data scope). */
	LEAVE_READ,
	/** Ask for leave (for oneself, or for anyone in the data scope) and cancel it. */
	LEAVE_WRITE,
	/** Keep leave types and rules; adjust balances with a reason. */
	LEAVE_ADMIN,
	/** Read pay structures, runs, results and anyone's payslip (within the data scope); read audited. */
	PAYROLL_READ,
	/** Keep pay structures and one-off inputs; create, calculate and submit payroll runs. */
	PAYROLL_WRITE,
	/** Keep pay groups, salary items and their formulas, social-insurance regions; publish runs. */
	PAYROLL_ADMIN,
	/** Read one's own payslips, declare one's own special additional deductions and use the tax calculator. */
	PAYSLIP_READ,
	/** Read performance cycles, reviews and results (within the data scope). */
	PERFORMANCE_READ,
	/** Write one's own self review and check-ins; managers score the reviews in their data scope. */
	PERFORMANCE_WRITE,
	/** Move people between grades in calibration (within the data scope), with a reason. */
	PERFORMANCE_CALIBRATE,
	/** Keep templates and cycles, import metric data, publish results. */
	PERFORMANCE_ADMIN,
	/** Read the course catalogue, enrolments and certificates (within the data scope). */
	TRAINING_READ,
	/** Enrol (oneself, or people in the data scope), learn, take exams, accept recommendations. */
	TRAINING_WRITE,
	/** Keep courses, learning paths, question banks, certificate types; record certificates. */
	TRAINING_ADMIN,
	/** Read offboarding cases (within the data scope). */
	OFFBOARDING_READ,
	/** Resign (oneself), approve as manager and work one's items of offboarding checklists. */
	OFFBOARDING_WRITE,
	/** Open terminations with their legal ground, settle, issue leaving documents, decide rehire eligibility. */
	OFFBOARDING_ADMIN,
	/**
	 * Read people dashboards and attrition risk (within the data scope); the pay and performance series also need
	 * their own module's read permission.
	 */
	ANALYTICS_READ,
	/** Train attrition models, rebuild the read models, keep workforce plans and turn them into requisitions. */
	ANALYTICS_ADMIN
}
