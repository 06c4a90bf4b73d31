package io.renloop.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every module test shares (ADR 0018): a tenant of its own for each test, removed afterwards
 * ({@link ModuleTestRows}), and the context closed after the class, so that its schedulers and workers never meet
 * the other tests' data. The subclass carries {@code @ApplicationModuleTest}, which starts the module of its package.
 */
@ActiveProfiles("test")
@DirtiesContext
public abstract class ModuleAloneTest {

	@Autowired
	protected JdbcTemplate jdbc;

	protected ModuleTestRows rows;

	@BeforeEach
	void newTenant() {
		String packageName = getClass().getPackageName();
		rows = ModuleTestRows.newTenant(jdbc, packageName.substring(packageName.lastIndexOf('.') + 1) + "-module");
	}

	@AfterEach
	void dropTenant() {
		rows.dropTenant();
	}

	/** How many publications of events that mention the value are not yet completed by their listeners. */
	protected long undelivered(Object mentioned) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Long.class, "%" + mentioned + "%");
	}
}
