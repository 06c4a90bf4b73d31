package io.renloop.openplatform.web;

import io.renloop.openplatform.OAuthClients;
import io.renloop.openplatform.Webhooks;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenant administrator's page of the open platform: webhook subscriptions and, for a chosen one, its deliveries;
 * the integration clients.
 */
@Controller
@PreAuthorize("hasAuthority('TENANT_ADMIN_ALL')")
class WebhookPageController {

	private final Webhooks webhooks;

	private final OAuthClients clients;

	WebhookPageController(Webhooks webhooks, OAuthClients clients) {
		this.webhooks = webhooks;
		this.clients = clients;
	}

	@GetMapping("/admin/webhooks")
	String page(@RequestParam(required = false) UUID subscription, Model model) {
		model.addAttribute("subscriptions", webhooks.subscriptions());
		model.addAttribute("chosen", subscription);
		model.addAttribute("deliveries", subscription == null ? null : webhooks.deliveries(subscription));
		model.addAttribute("clients", clients.clients());
		return "openplatform/webhooks";
	}
}
