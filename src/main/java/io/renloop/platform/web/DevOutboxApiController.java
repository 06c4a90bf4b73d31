package io.renloop.platform.web;

import io.renloop.platform.DevOutbox;
import io.renloop.platform.DevOutbox.Channel;
import io.renloop.platform.DevOutbox.OutboxMessage;
import io.renloop.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The developer outbox of demo mode; in production this controller does not exist. */
@RestController
@ConditionalOnProperty(name = "renloop.demo", havingValue = "true")
@PreAuthorize("hasAuthority('TENANT_ADMIN_ALL')")
@Tag(name = "Developer outbox", description = "Demo mode only: every message the tenant sent, to follow links and "
		+ "codes without a mail server")
class DevOutboxApiController {

	private final DevOutbox outbox;

	DevOutboxApiController(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/dev/outbox")
	@Operation(summary = "Outgoing messages (e-mail, SMS, robot), newest first", description = "Tenant "
			+ "administrators only; 404 when demo mode is off. `channel` (EMAIL, SMS or ROBOT) keeps one channel.")
	PageView<OutboxMessage> messages(@RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return outbox.messages(channel, page, size);
	}
}
