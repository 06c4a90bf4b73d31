package io.renloop.interview.web;

import io.renloop.interview.InterviewScheduling;
import io.renloop.interview.InterviewScheduling.ScheduleInterview;
import io.renloop.interview.InterviewScheduling.ScheduledInterview;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.TenantView;
import io.renloop.platform.TenantAdministration.UserView;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.Matches;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recruiter's page to schedule interviews with people for an application: interviewers' available time, the
 * booking form (times in the tenant's zone) and the booked interviews with cancelling.
 */
@Controller
@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
class InterviewSchedulePageController {

	private static final String PAGE = "/interview/applications/{id}/schedule";

	private final InterviewScheduling scheduling;

	private final Matches matches;

	private final TenantAdministration tenants;

	private final MessageSource messages;

	private final Clock clock;

	InterviewSchedulePageController(InterviewScheduling scheduling, Matches matches, TenantAdministration tenants,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.scheduling = scheduling;
		this.matches = matches;
		this.tenants = tenants;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String page(@PathVariable UUID id, Model model) {
		List<UserView> interviewers = tenants.users()
			.stream()
			.filter(u -> u.roles().stream().anyMatch(r -> r.permissions().contains(Permission.INTERVIEW_READ)))
			.toList();
		List<Slots> availability = interviewers.stream()
			.map(u -> new Slots(u, scheduling.availability(u.id()).stream()
				.filter(s -> s.end().isAfter(clock.instant()))
				.map(s -> new Slot(s.start().atZone(zone()).toLocalDateTime(), s.end().atZone(zone()).toLocalDateTime()))
				.toList()))
			.toList();
		model.addAttribute("applicationId", id);
		model.addAttribute("candidateName", matches.ofApplication(id).candidateName());
		model.addAttribute("interviewers", interviewers);
		model.addAttribute("availability", availability);
		model.addAttribute("interviews", scheduling.ofApplication(id).stream()
			.map(i -> new Shown(i, i.start().atZone(zone()).toLocalDateTime(), i.end().atZone(zone()).toLocalDateTime()))
			.toList());
		model.addAttribute("zone", zone().getId());
		return "interview/schedule";
	}

	@PostMapping(PAGE)
	String schedule(@PathVariable UUID id, @RequestParam(required = false) List<UUID> interviewerUserIds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
			@RequestParam(required = false) String location, @RequestParam(required = false) String meetingUrl,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			ScheduledInterview booked = scheduling.schedule(id, new ScheduleInterview(
					interviewerUserIds == null ? List.of() : interviewerUserIds, instant(start), instant(end), location,
					meetingUrl, note));
			redirect.addFlashAttribute("done", booked.candidateEmailed() ? "interview.schedulePage.booked"
					: "interview.schedulePage.bookedNoCandidateMail");
		}
		catch (BusinessRuleException | InvalidFieldsException ex) {
			redirect.addFlashAttribute("errors", problems(ex));
		}
		return "redirect:" + PAGE.replace("{id}", id.toString());
	}

	@PostMapping(PAGE + "/availability")
	String addAvailability(@PathVariable UUID id, @RequestParam UUID userId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
			RedirectAttributes redirect) {
		try {
			scheduling.addAvailability(userId, instant(start), instant(end));
		}
		catch (InvalidFieldsException ex) {
			redirect.addFlashAttribute("errors", problems(ex));
		}
		return "redirect:" + PAGE.replace("{id}", id.toString());
	}

	@PostMapping(PAGE + "/{interviewId}/cancel")
	String cancel(@PathVariable UUID id, @PathVariable UUID interviewId, RedirectAttributes redirect) {
		try {
			scheduling.cancel(id, interviewId);
			redirect.addFlashAttribute("done", "interview.schedulePage.cancelled");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("errors", problems(ex));
		}
		return "redirect:" + PAGE.replace("{id}", id.toString());
	}

	private List<String> problems(RuntimeException ex) {
		List<String> shown = new ArrayList<>();
		if (ex instanceof BusinessRuleException refused) {
			shown.add(message(refused.messageKey(), refused.arguments()));
		}
		else if (ex instanceof InvalidFieldsException invalid) {
			invalid.problems().forEach(p -> shown.add(message("interview.schedulePage." + p.field().replace("interviewerUserIds", "interviewers"), null) + ": "
					+ message(p.messageKey(), p.arguments())));
		}
		return shown;
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(zone()).toInstant();
	}

	private ZoneId zone() {
		return tenants.tenant(TenantContext.require()).map(TenantView::timeZone).map(ZoneId::of).orElse(ZoneId.of("UTC"));
	}

	/** A booked interview with its times in the tenant's zone. */
	record Shown(ScheduledInterview interview, LocalDateTime start, LocalDateTime end) {
	}

	/** An interviewer's coming available time in the tenant's zone. */
	record Slots(UserView interviewer, List<Slot> slots) {
	}

	record Slot(LocalDateTime start, LocalDateTime end) {
	}
}
