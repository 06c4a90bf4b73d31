package io.renloop.platform.internal;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run once per schedule however many app nodes share the database: each {@code @Scheduled} method
 * carries a {@code @SchedulerLock}, and the node that takes its row in {@code platform.shedlock} runs it while the
 * others skip that round (ADR 0017); each run taken is counted ({@link CountingLockProvider}). The database's clock
 * decides, so that nodes with skewed clocks agree. A lock whose node died frees itself after at most 30 minutes.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource, MeterRegistry registry) {
		return new CountingLockProvider(jdbcLocks(dataSource), registry);
	}

	private static LockProvider jdbcLocks(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("platform.shedlock")
			.usingDbTime()
			.build());
	}
}
