package io.renloop.platform;

import static io.renloop.platform.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the product, each with its permissions and the data scope it gets by default.
 */
public enum Role {
	PLATFORM_ADMIN(DataScope.TENANT, EnumSet.allOf(Permission.class)),
	/** Everything within the tenant; not the installation-wide event deliveries and metrics, which cross tenants. */
	TENANT_ADMIN(DataScope.TENANT, EnumSet.complementOf(EnumSet.of(EVENT_DELIVERY_ADMIN, METRICS_READ))),
	HR_ADMIN(DataScope.TENANT, EnumSet.of(ORG_READ, ORG_WRITE, EMPLOYEE_READ, EMPLOYEE_WRITE, EMPLOYEE_PII_REVEAL,
			AUDIT_READ, DATA_IMPORT, DATA_EXPORT, RESUME_PARSE, RECRUITMENT_READ, RECRUITMENT_WRITE, HEADCOUNT_OVERRIDE,
			CANDIDATE_PRIVACY, INTERVIEW_READ, INTERVIEW_WRITE, INTERVIEW_ADMIN, FAIRNESS_READ, SCORECARD_WRITE,
			APPROVAL_ADMIN, OFFER_READ, OFFER_WRITE, ONBOARDING_READ, ONBOARDING_WRITE, ATTENDANCE_READ, ATTENDANCE_WRITE,
			ATTENDANCE_ADMIN, LEAVE_READ, LEAVE_WRITE, LEAVE_ADMIN, PAYSLIP_READ)),
	RECRUITER(DataScope.SELF, EnumSet.of(ORG_READ, RESUME_PARSE, RECRUITMENT_READ, RECRUITMENT_WRITE, INTERVIEW_READ,
			INTERVIEW_WRITE, SCORECARD_WRITE, OFFER_READ, OFFER_WRITE, ONBOARDING_READ, PAYSLIP_READ)),
	PAYROLL(DataScope.TENANT, EnumSet.of(ORG_READ, EMPLOYEE_READ, EMPLOYEE_PII_REVEAL, DATA_EXPORT, ATTENDANCE_READ,
			LEAVE_READ, PAYROLL_READ, PAYROLL_WRITE, PAYROLL_ADMIN, PAYSLIP_READ)),
	TRAINER(DataScope.TENANT, EnumSet.of(ORG_READ, EMPLOYEE_READ, PAYSLIP_READ)),
	MANAGER(DataScope.SUBTREE, EnumSet.of(ORG_READ, EMPLOYEE_READ, OFFER_READ, ONBOARDING_READ, ATTENDANCE_READ,
			ATTENDANCE_WRITE, LEAVE_READ, LEAVE_WRITE, PAYSLIP_READ)),
	/** Finance (财务): approves pay-related requests. */
	FINANCE(DataScope.TENANT, EnumSet.of(ORG_READ, EMPLOYEE_READ, OFFER_READ, PAYROLL_READ, PAYSLIP_READ)),
	/** General manager (总经理): approves what exceeds the thresholds of the chains. */
	GENERAL_MANAGER(DataScope.TENANT, EnumSet.of(ORG_READ, EMPLOYEE_READ, OFFER_READ, ONBOARDING_READ,
			PAYSLIP_READ)),
	/** IT support: works the IT part of onboarding checklists (accounts, equipment). */
	IT_SUPPORT(DataScope.SELF, EnumSet.of(ORG_READ, ONBOARDING_READ, PAYSLIP_READ)),
	EMPLOYEE(DataScope.SELF, EnumSet.of(ORG_READ, EMPLOYEE_READ, ATTENDANCE_READ, ATTENDANCE_WRITE, LEAVE_READ,
			LEAVE_WRITE, PAYSLIP_READ)),
	INTERVIEWER(DataScope.SELF, EnumSet.of(ORG_READ, INTERVIEW_READ, SCORECARD_WRITE, PAYSLIP_READ));

	private final DataScope defaultScope;

	private final Set<Permission> permissions;

	Role(DataScope defaultScope, Set<Permission> permissions) {
		this.defaultScope = defaultScope;
		this.permissions = permissions;
	}

	public DataScope defaultScope() {
		return defaultScope;
	}

	public Set<Permission> permissions() {
		return permissions;
	}
}
