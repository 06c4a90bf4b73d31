package io.renloop.platform;

import java.util.Objects;

/**
 * One text message to one mobile number on behalf of a tenant.
 *
 * @param tenantId the tenant on whose behalf the message is sent
 * @param to the mobile number, e.g. {@code 13812345678} or {@code +8613812345678}
 * @param text the message text
 */
public record SmsMessage(String tenantId, String to, String text) {

	public SmsMessage {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(text, "text");
		if (tenantId.isBlank() || to.isBlank()) {
			throw new IllegalArgumentException("tenantId and to are required");
		}
	}
}
