package io.renloop.platform;

import java.util.Objects;

/**
 * One text posted by a group robot (WeCom / 企业微信 group bot) on behalf of a tenant.
 *
 * @param tenantId the tenant on whose behalf the message is posted
 * @param webhookKey the {@code key} of a particular group's robot, or null for the robot configured for the tenant
 * (or the global one)
 * @param text the message text
 */
public record RobotMessage(String tenantId, String webhookKey, String text) {

	public RobotMessage {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(text, "text");
		if (tenantId.isBlank()) {
			throw new IllegalArgumentException("tenantId is required");
		}
		if (webhookKey != null && !webhookKey.matches("[A-Za-z0-9-]{1,100}")) {
			throw new IllegalArgumentException("a webhook key has letters, digits and hyphens only");
		}
	}

	/** A message to the robot configured for the tenant. */
	public static RobotMessage toTenantRobot(String tenantId, String text) {
		return new RobotMessage(tenantId, null, text);
	}
}
