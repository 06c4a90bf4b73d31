package io.renloop.recruitment.web;

import io.renloop.recruitment.ChannelAnalytics;
import io.renloop.recruitment.ChannelAnalytics.ChannelEffectiveness;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The channel effectiveness page: a chart of each channel's funnel and the table of its figures for a period.
 */
@Controller
@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
class ChannelPageController {

	private final ChannelAnalytics analytics;

	ChannelPageController(ChannelAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/recruitment/channels")
	String channels(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Model model) {
		boolean valid = from == null || to == null || !from.isAfter(to);
		List<ChannelEffectiveness> channels = valid ? analytics.channels(from, to) : List.of();
		model.addAttribute("channels", channels);
		model.addAttribute("rangeInvalid", !valid);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "recruitment/channels";
	}
}
