package io.renloop.platform.internal;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Page sessions live in {@code platform.spring_session}, so that every app node reads them (ADR 0017). Spring
 * Session JDBC writes them with plain JDBC transactions of its own: the application's JPA transactions would open a
 * Hibernate session, whose tenant is that of the signed-in user, who is only known once the page session is
 * loaded. Not a default candidate, so that it neither replaces nor competes with the application's transaction
 * manager.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
		return new DataSourceTransactionManager(dataSource);
	}
}
