package io.renloop.openplatform.web;

import io.renloop.openplatform.Webhooks;
import io.renloop.openplatform.Webhooks.CreatedWebhook;
import io.renloop.openplatform.Webhooks.DeliveryView;
import io.renloop.openplatform.Webhooks.WebhookView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant administrator's outbound webhooks. */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasAuthority('TENANT_ADMIN_ALL')")
@Tag(name = "Webhooks", description = "Signed outbound webhooks: subscriptions, deliveries, replay and test "
		+ "(docs/api/quickstart.md)")
class WebhookApiController {

	private final Webhooks webhooks;

	WebhookApiController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Subscribe a URL to event types", description = "An https (or http) URL whose host resolves "
			+ "to public addresses only (unless the operator allows private targets); events among employee.hired, "
			+ "employee.changed, employee.left, leave.approved, attendance.period.closed, payroll.published, "
			+ "offer.accepted. Answers the id and the signing secret, shown this once")
	CreatedWebhook subscribe(@Valid @RequestBody Subscribe request) {
		return webhooks.subscribe(request.url(), request.events());
	}

	@GetMapping
	@Operation(summary = "The tenant's subscriptions, newest first", description = "Never the secret")
	List<WebhookView> list() {
		return webhooks.subscriptions();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a subscription with its deliveries")
	void delete(@PathVariable UUID id) {
		webhooks.unsubscribe(id);
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "The latest 100 deliveries of a subscription", description = "Newest first, each with its "
			+ "status, the receiver's last status code and the log of its attempts")
	List<DeliveryView> deliveries(@PathVariable UUID id) {
		return webhooks.deliveries(id);
	}

	@PostMapping("/{id}/deliveries/{deliveryId}/replay")
	@Operation(summary = "Send a delivery again now", description = "Signed anew with the current time; a failure "
			+ "goes back to the retry schedule. Answers the delivery with the receiver's status code")
	DeliveryView replay(@PathVariable UUID id, @PathVariable UUID deliveryId) {
		return webhooks.replay(id, deliveryId);
	}

	@PostMapping("/{id}/test")
	@Operation(summary = "Send a ping event now", description = "Answers the delivery with the receiver's status code; "
			+ "a subscription disabled after failures is enabled again when the ping succeeds")
	DeliveryView test(@PathVariable UUID id) {
		return webhooks.ping(id);
	}

	record Subscribe(@NotBlank @Size(max = 2000) String url, @NotEmpty @Size(max = 20) List<@NotBlank String> events) {
	}
}
