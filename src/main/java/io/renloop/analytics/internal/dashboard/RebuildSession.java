package io.renloop.analytics.internal.dashboard;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * The rebuild runs in one transaction and calls other modules' read APIs once per employee; each call loads that
 * module's entities into the transaction's persistence context, which would grow to every employee of the tenant and
 * make every later query check them all. The rebuild only reads through those APIs (it writes its own tables by
 * JDBC), so it lets go of what was loaded every few hundred employees.
 */
@Component
class RebuildSession {

	private final EntityManager entityManager;

	RebuildSession(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Flushes (nothing should be pending) and detaches every loaded entity. */
	void forgetLoaded() {
		entityManager.flush();
		entityManager.clear();
	}
}
