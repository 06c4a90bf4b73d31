package io.renloop.platform.web;

import io.renloop.platform.MessageChannel;
import io.renloop.platform.WorkNotices;
import io.renloop.platform.WorkNotices.ChannelPreferences;
import io.renloop.platform.WorkNotices.NoticeDelivery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's work notices: where they go, and what became of the latest ones. */
@RestController
@RequestMapping("/api/v1/me/notices")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Work notices", description = "Pushed to-dos by WeCom, DingTalk or e-mail, and the person's channels")
class WorkNoticeController {

	private final WorkNotices notices;

	WorkNoticeController(WorkNotices notices) {
		this.notices = notices;
	}

	@GetMapping
	@Operation(summary = "My latest notices", description = "One row per notice and channel, newest first, with "
			+ "its status (PENDING, SENT, NOT_CONFIGURED, FAILED), attempts and the last error.")
	List<NoticeDelivery> mine(@RequestParam(defaultValue = "20") int limit) {
		return notices.myDeliveries(limit);
	}

	@GetMapping("/channels")
	@Operation(summary = "My notice channels", description = "The channels notices go to, those that can reach me "
			+ "(WeCom and DingTalk need a linked identity), and whether I chose them.")
	ChannelPreferences channels() {
		return notices.myChannels();
	}

	@PutMapping("/channels")
	@Operation(summary = "Choose my notice channels", description = "An empty list switches pushed notices off. A "
			+ "channel that cannot reach me is a 400 problem.")
	ChannelPreferences choose(@Valid @RequestBody ChannelChoice choice) {
		return notices.changeMyChannels(choice.channels());
	}

	record ChannelChoice(@NotNull Set<MessageChannel> channels) {
	}
}
