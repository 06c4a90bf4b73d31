package io.renloop.platform.web;

import io.renloop.platform.DevOutbox;
import io.renloop.platform.DevOutbox.Channel;
import io.renloop.platform.DevOutbox.OutboxMessage;
import io.renloop.platform.web.TextWithLinks.Piece;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The developer outbox page of demo mode, with the links in the messages clickable. */
@Controller
@ConditionalOnProperty(name = "renloop.demo", havingValue = "true")
@PreAuthorize("hasAuthority('TENANT_ADMIN_ALL')")
class DevOutboxPageController {

	private final DevOutbox outbox;

	DevOutboxPageController(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/outbox")
	String page(@RequestParam(required = false) Channel channel, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("messages", outbox.messages(channel, Math.max(0, page), 20)
			.map(m -> new ShownMessage(m, TextWithLinks.of(m.text()))));
		model.addAttribute("channel", channel);
		model.addAttribute("channels", Channel.values());
		return "platform/outbox";
	}

	/** A message with its text cut into plain and link pieces. */
	record ShownMessage(OutboxMessage message, List<Piece> pieces) {
	}
}
