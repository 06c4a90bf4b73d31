package io.renloop.recruitment.web;

import io.renloop.recruitment.ChannelAnalytics;
import io.renloop.recruitment.ChannelAnalytics.ChannelEffectiveness;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recruitment analytics", description = "How well each recruiting channel converts and what it costs")
class ChannelAnalyticsApiController {

	private final ChannelAnalytics analytics;

	ChannelAnalyticsApiController(ChannelAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/api/v1/analytics/recruitment/channels")
	@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
	@Operation(summary = "Channel effectiveness", description = "Applications that arrived from \"from\" to \"to\" "
			+ "(inclusive, tenant time zone; default the last 12 months), per channel: how many ever reached each "
			+ "stage (interviewed = AI_INTERVIEW or INTERVIEWS), conversion of each stage relative to the stage "
			+ "before it (screened/applications, interviewed/screened, offers/interviewed, hires/offers), total "
			+ "cost, cost per hire and median days from arrival to hire. from after to is 400")
	List<ChannelEffectiveness> channels(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return analytics.channels(from, to);
	}
}
