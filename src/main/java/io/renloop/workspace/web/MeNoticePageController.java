package io.renloop.workspace.web;

import io.renloop.platform.MessageChannel;
import io.renloop.platform.WorkNotices;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications section of {@code /me}: where the person's work notices go. */
@Controller
class MeNoticePageController {

	private final WorkNotices notices;

	private final PageOutcomes outcomes;

	MeNoticePageController(WorkNotices notices, PageOutcomes outcomes) {
		this.notices = notices;
		this.outcomes = outcomes;
	}

	/** No box ticked switches pushed notices off. */
	@PostMapping("/me/notices/channels")
	@PreAuthorize("isAuthenticated()")
	String choose(@RequestParam(name = "channel", required = false) List<MessageChannel> channels,
			RedirectAttributes redirect) {
		Set<MessageChannel> chosen = EnumSet.noneOf(MessageChannel.class);
		if (channels != null) {
			chosen.addAll(channels);
		}
		return outcomes.attempt(redirect, "redirect:/me#me-notices", () -> {
			notices.changeMyChannels(chosen);
			return outcomes.text("notice.channels.saved");
		});
	}
}
