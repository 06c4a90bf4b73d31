/**
 * Training: the course catalogue (online, classroom, external), learning paths with automatic new-hire enrolment,
 * enrolments with progress and approval of paid courses, exams with auto-grading and internal certificates,
 * certificates and licences with expiry reminders and compliance, and recommendations that say why — from AI
 * interview weaknesses, performance gaps, the position's competency model and missing certificates (ADR 0018, 0024).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
		allowedDependencies = { "shared", "platform", "organization", "employee", "workflow", "recruitment",
				"interview", "onboarding", "performance" })
package io.renloop.training;
