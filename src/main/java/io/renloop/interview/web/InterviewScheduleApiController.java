package io.renloop.interview.web;

import io.renloop.interview.InterviewScheduling;
import io.renloop.interview.InterviewScheduling.AvailabilitySlot;
import io.renloop.interview.InterviewScheduling.ScheduleInterview;
import io.renloop.interview.InterviewScheduling.ScheduledInterview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Interview scheduling", description = "Interviewers' available time and interviews with people, "
		+ "with iCalendar invitations by e-mail")
class InterviewScheduleApiController {

	private final InterviewScheduling scheduling;

	InterviewScheduleApiController(InterviewScheduling scheduling) {
		this.scheduling = scheduling;
	}

	@GetMapping("/api/v1/interviewers/{userId}/availability")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "An interviewer's available time, earliest first")
	List<AvailabilitySlot> availability(@PathVariable UUID userId) {
		return scheduling.availability(userId);
	}

	@PostMapping("/api/v1/interviewers/{userId}/availability")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record available time", description = "Recruiters (INTERVIEW_WRITE) for anybody, "
			+ "interviewers for themselves (403 otherwise); 400 when the end is not after the start")
	AvailabilitySlot addAvailability(@PathVariable UUID userId, @Valid @RequestBody Period period) {
		return scheduling.addAvailability(userId, period.start(), period.end());
	}

	@PostMapping("/api/v1/applications/{id}/interviews")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule an interview", description = "E-mails the candidate and the interviewers an "
			+ "invitation with an .ics file (METHOD:REQUEST). 409 when an interviewer has no available time covering the "
			+ "interview or another interview overlapping it; candidateEmailed=false when the candidate has no e-mail")
	ScheduledInterview schedule(@PathVariable UUID id, @Valid @RequestBody Booking booking) {
		return scheduling.schedule(id, new ScheduleInterview(booking.interviewerUserIds(), booking.start(),
				booking.end(), booking.location(), booking.meetingUrl(), booking.note()));
	}

	@GetMapping("/api/v1/applications/{id}/interviews")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "The application's interviews, earliest first, cancelled ones included")
	List<ScheduledInterview> interviews(@PathVariable UUID id) {
		return scheduling.ofApplication(id);
	}

	@DeleteMapping("/api/v1/applications/{id}/interviews/{interviewId}")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	@Operation(summary = "Cancel an interview", description = "E-mails everybody a cancellation (.ics with "
			+ "METHOD:CANCEL); 409 when it is cancelled already")
	ScheduledInterview cancel(@PathVariable UUID id, @PathVariable UUID interviewId) {
		return scheduling.cancel(id, interviewId);
	}

	/** Available time. */
	record Period(@NotNull Instant start, @NotNull Instant end) {
	}

	/** An interview to book. */
	record Booking(@NotEmpty @Size(max = 10) List<UUID> interviewerUserIds, @NotNull Instant start,
			@NotNull Instant end, @Size(max = 300) String location, @Size(max = 1000) String meetingUrl,
			@Size(max = 2000) String note) {
	}
}
