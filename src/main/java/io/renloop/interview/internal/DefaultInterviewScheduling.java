package io.renloop.interview.internal;

import io.renloop.interview.InterviewScheduling;
import io.renloop.interview.internal.IcsInvitation.Person;
import io.renloop.interview.internal.InterviewInvitationMail.Participants;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.UserView;
import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.Matches;
import io.renloop.recruitment.ApplicationViews.CandidateContact;
import io.renloop.recruitment.Applications;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional(readOnly = true)
class DefaultInterviewScheduling implements InterviewScheduling {

	static final String ENTITY = "ScheduledInterview";

	static final String AVAILABILITY = "InterviewerAvailability";

	private final InterviewerAvailabilityRepository slots;

	private final HumanInterviewRepository interviews;

	private final TenantAdministration users;

	private final Matches matches;

	private final Applications applications;

	private final InterviewInvitationMail mail;

	private final BilingualMessages messages;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DefaultInterviewScheduling(InterviewerAvailabilityRepository slots, HumanInterviewRepository interviews,
			TenantAdministration users, Matches matches, Applications applications, InterviewInvitationMail mail,
			BilingualMessages messages, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
		this.slots = slots;
		this.interviews = interviews;
		this.users = users;
		this.matches = matches;
		this.applications = applications;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<AvailabilitySlot> availability(UUID interviewerUserId) {
		users.user(interviewerUserId);
		return slots.findByUserIdOrderByStartsAt(interviewerUserId).stream().map(InterviewerAvailability::view).toList();
	}

	@Override
	@Transactional
	public AvailabilitySlot addAvailability(UUID interviewerUserId, Instant start, Instant end) {
		users.user(interviewerUserId);
		CurrentUser me = CurrentUser.require();
		if (!me.can(Permission.INTERVIEW_WRITE) && !me.userId().equals(interviewerUserId)) {
			throw new AccessDeniedException("Only your own availability");
		}
		requirePeriod(start, end);
		InterviewerAvailability slot = slots.save(new InterviewerAvailability(interviewerUserId, start, end,
				me.email(), clock.instant()));
		audit.recordChange("CREATE", AVAILABILITY, slot.view().id(), null,
				Map.of("userId", interviewerUserId, "start", start.toString(), "end", end.toString()));
		return slot.view();
	}

	@Override
	@Transactional
	public ScheduledInterview schedule(UUID applicationId, ScheduleInterview command) {
		requirePeriod(command.start(), command.end());
		if (!command.start().isAfter(clock.instant())) {
			throw InvalidFieldsException.of("start", "interview.schedule.past");
		}
		ApplicationMatch application = matches.ofApplication(applicationId);
		List<UserView> interviewers = interviewers(command.interviewerUserIds());
		lockCalendars(interviewers);
		List<HumanInterview> overlapping = interviews.findByStatusAndStartsAtBeforeAndEndsAtAfter(
				HumanInterview.SCHEDULED, command.end(), command.start());
		for (UserView interviewer : interviewers) {
			if (!InterviewerCalendar.covers(slots.findByUserIdOrderByStartsAt(interviewer.id()), command.start(),
					command.end())) {
				throw new BusinessRuleException("interview.schedule.unavailable", interviewer.displayName());
			}
			overlapping.stream().filter(other -> other.involves(interviewer.id())).findFirst().ifPresent(other -> {
				throw new BusinessRuleException("interview.schedule.busy", interviewer.displayName(),
						messages.time(other.startsAt()), messages.time(other.endsAt()));
			});
		}
		CandidateContact contact = applications.revealContact(application.candidateId());
		boolean candidateEmailed = StringUtils.hasText(contact.email());
		Instant now = clock.instant();
		HumanInterview interview = interviews.save(new HumanInterview(applicationId, application.candidateId(),
				interviewers.stream().map(UserView::id).toList(), command.start(), command.end(),
				blankToNull(command.location()), blankToNull(command.meetingUrl()), blankToNull(command.note()),
				candidateEmailed, CurrentUser.require().email(), now));
		audit.recordChange("CREATE", ENTITY, interview.id(), null, Map.of("applicationId", applicationId,
				"interviewers", interview.interviewerIds(), "start", command.start().toString(), "end",
				command.end().toString()));
		mail.invite(interview, participants(application, contact, interviewers), now);
		return interview.view();
	}

	@Override
	public List<ScheduledInterview> ofApplication(UUID applicationId) {
		matches.ofApplication(applicationId);
		return interviews.findByApplicationIdOrderByStartsAt(applicationId).stream().map(HumanInterview::view).toList();
	}

	@Override
	@Transactional
	public ScheduledInterview cancel(UUID applicationId, UUID interviewId) {
		HumanInterview interview = interviews.findById(interviewId)
			.filter(i -> i.applicationId().equals(applicationId))
			.orElseThrow(() -> new NotFoundException(ENTITY, interviewId));
		Instant now = clock.instant();
		interview.cancel(now);
		audit.recordChange("CANCEL", ENTITY, interviewId, Map.of("status", HumanInterview.SCHEDULED),
				Map.of("status", HumanInterview.CANCELLED));
		ApplicationMatch application = matches.ofApplication(applicationId);
		CandidateContact contact = applications.revealContact(interview.candidateId());
		List<UserView> interviewers = interview.interviewerIds().stream().map(users::user).toList();
		mail.cancel(interview, participants(application, contact, interviewers), now);
		return interview.view();
	}

	private List<UserView> interviewers(List<UUID> ids) {
		if (ids == null || ids.isEmpty()) {
			throw InvalidFieldsException.of("interviewerUserIds", "interview.schedule.noInterviewers");
		}
		return ids.stream().distinct().map(id -> {
			try {
				UserView user = users.user(id);
				if (user.roles().stream().noneMatch(r -> r.permissions().contains(Permission.INTERVIEW_READ))) {
					throw InvalidFieldsException.of("interviewerUserIds", "interview.schedule.notInterviewer",
							user.displayName());
				}
				return user;
			}
			catch (NotFoundException ex) {
				throw InvalidFieldsException.of("interviewerUserIds", "interview.schedule.unknownInterviewer", id);
			}
		}).toList();
	}

	/** Two bookings for the same interviewer wait for each other, so that both cannot pass the overlap check. */
	private void lockCalendars(List<UserView> interviewers) {
		interviewers.stream()
			.map(u -> u.id().getMostSignificantBits() ^ u.id().getLeastSignificantBits())
			.sorted()
			.forEach(key -> jdbc.queryForList("select pg_advisory_xact_lock(?)", key));
	}

	private Participants participants(ApplicationMatch application, CandidateContact contact,
			List<UserView> interviewers) {
		CurrentUser me = CurrentUser.require();
		String name = application.candidateName() == null ? "" : application.candidateName();
		Person candidate = StringUtils.hasText(contact.email()) ? new Person(name, contact.email()) : null;
		return new Participants(new Person(me.displayName(), me.email()), name, candidate,
				interviewers.stream().map(u -> new Person(u.displayName(), u.email())).toList());
	}

	private static void requirePeriod(Instant start, Instant end) {
		if (start == null) {
			throw InvalidFieldsException.of("start", "interview.schedule.required");
		}
		if (end == null || !end.isAfter(start)) {
			throw InvalidFieldsException.of("end", "interview.schedule.endBeforeStart");
		}
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}
}
