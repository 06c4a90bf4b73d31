package io.renloop.demo;

import io.renloop.interview.InterviewScheduling;
import io.renloop.interview.InterviewScheduling.ScheduleInterview;
import io.renloop.interview.ScorecardDefinition;
import io.renloop.interview.ScorecardDefinition.Rating;
import io.renloop.interview.ScorecardDefinition.Recommendation;
import io.renloop.interview.Scorecards;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.RenloopPrincipal;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo interviewer's scorecards. Only an interviewer of a scheduled interview of an application may score it, so
 * each scorecard comes after booking the interviewer, as a recruiter would: one hour each, one after the other from
 * 09:00 tomorrow in the tenant's time zone (booking refuses the past).
 */
@Component
class DemoScorecards {

	private static final Duration INTERVIEW = Duration.ofHours(1);

	private static final LocalTime FIRST = LocalTime.of(9, 0);

	private final InterviewScheduling scheduling;

	private final Scorecards scorecards;

	private final TenantAdministration tenants;

	private final Clock clock;

	private int booked;

	DemoScorecards(InterviewScheduling scheduling, Scorecards scorecards, TenantAdministration tenants, Clock clock) {
		this.scheduling = scheduling;
		this.scorecards = scorecards;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** Books the interviewer into an interview of the application, then submits their scorecard as them. */
	void interviewAndScore(UUID applicationId, CurrentUser interviewer, DemoOpening opening) {
		ZoneId zone = tenants.tenant(interviewer.tenantId()).map(t -> ZoneId.of(t.timeZone())).orElse(ZoneOffset.UTC);
		Instant start = LocalDate.now(clock.withZone(zone)).plusDays(1).atTime(FIRST).atZone(zone).toInstant()
			.plus(INTERVIEW.multipliedBy(booked++));
		Instant end = start.plus(INTERVIEW);
		scheduling.addAvailability(interviewer.userId(), start, end);
		scheduling.schedule(applicationId, new ScheduleInterview(List.of(interviewer.userId()), start, end,
				"会议室 A / Room A", null, null));
		asPerson(interviewer, () -> scorecards.submit(applicationId, scorecard(opening)));
	}

	private static ScorecardDefinition scorecard(DemoOpening opening) {
		List<Rating> ratings = new ArrayList<>();
		int[] values = { 4, 3, 4 };
		for (int i = 0; i < opening.model().dimensions().size(); i++) {
			ratings.add(new Rating(opening.model().dimensions().get(i).name(), values[i % values.length],
					i == 0 ? "现场追问时能说清楚处置步骤和原因" : null));
		}
		return new ScorecardDefinition(ratings, "基础扎实，表达清楚，建议进入下一轮。", Recommendation.YES);
	}

	/** Runs work as a signed-in demo user of the current tenant, as their own request would. */
	private static <T> T asPerson(CurrentUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		RenloopPrincipal principal = new RenloopPrincipal(user, null, false, true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return TenantContext.callAs(user.tenantId(), work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
