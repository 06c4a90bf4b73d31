package io.renloop.platform.web;

import io.renloop.platform.EventDeliveries;
import io.renloop.platform.EventDeliveries.Delivery;
import io.renloop.platform.EventDeliveries.State;
import io.renloop.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's side of the durable events between modules: what failed, and handing it over again. */
@RestController
@RequestMapping("/api/v1/admin/event-publications")
@PreAuthorize("hasAuthority('EVENT_DELIVERY_ADMIN')")
@Tag(name = "Event deliveries", description = "Platform administrators only: the event publications of the whole "
		+ "installation (every tenant), without their payloads")
class EventPublicationController {

	private final EventDeliveries deliveries;

	EventPublicationController(EventDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	@Operation(summary = "Event publications in a state, newest first", description = "`state` is FAILED (the "
			+ "default), INCOMPLETE (not completed, failed ones included) or COMPLETED. Each entry names the event "
			+ "type, the listener and the event's tenant, never the payload.")
	PageView<Delivery> list(@RequestParam(defaultValue = "FAILED") State state,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return deliveries.list(state, page, size);
	}

	@PostMapping("/{id}/retry")
	@Operation(summary = "Hand an incomplete publication to its listener again", description = "Audited. The "
			+ "listener runs in the background: the publication is completed once it succeeds. 404 for an unknown "
			+ "id, 409 when it was already completed.")
	Delivery retry(@PathVariable UUID id) {
		return deliveries.retry(id);
	}
}
