package io.renloop.interview.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.SystemActor;

/** Who acts, when only a person may: a signed-in user, never the system actor of background work. */
final class Persons {

	private Persons() {
	}

	/** The signed-in person; 403 for the system actor or nobody. */
	static CurrentUser require() {
		return CurrentUser.find()
			.filter(user -> !SystemActor.NAME.equals(user.email()))
			.orElseThrow(() -> new BusinessRuleException(403, "interview.decision.personRequired"));
	}
}
