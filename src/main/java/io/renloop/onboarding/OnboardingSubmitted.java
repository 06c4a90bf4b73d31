package io.renloop.onboarding;

import java.util.UUID;

/**
 * A new hire sent their onboarding form; HR may complete the case once the checks ran.
 *
 * @param tenantId the tenant of the case
 * @param caseId the onboarding case
 * @param applicationId the application the hire came from (recruitment)
 */
public record OnboardingSubmitted(String tenantId, UUID caseId, UUID applicationId) {
}
