package io.renloop.training.web;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.training.Catalogue.SessionView;
import java.util.List;

/** The sign-in token proves presence in the room: only trainers and training administrators see it. */
final class SignInTokens {

	private SignInTokens() {
	}

	static List<SessionView> visible(List<SessionView> sessions) {
		if (CurrentUser.require().can(Permission.TRAINING_ADMIN)) {
			return sessions;
		}
		return sessions.stream().map(s -> new SessionView(s.id(), s.courseId(), s.startsAt(), s.location(),
				s.trainer(), s.capacity(), s.enrolled(), s.waiting(), null)).toList();
	}
}
