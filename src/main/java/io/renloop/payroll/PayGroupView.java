package io.renloop.payroll;

import java.util.UUID;

/**
 * A pay group: the people paid together.
 *
 * @param regionCode the social-insurance region its members contribute in unless their structure names another
 * @param calendarId the work calendar whose days set day rates and absences, or null for the tenant's default
 * @param bankTemplate the layout of the group's bank file unless a download names another
 */
public record PayGroupView(UUID id, String code, String name, String regionCode, UUID calendarId, String frequency,
		String bankTemplate) {
}
