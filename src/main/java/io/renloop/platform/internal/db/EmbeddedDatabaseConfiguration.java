package io.renloop.platform.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.renloop.platform.RenloopProperties;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL under {@code <data-dir>/pg} unless {@code spring.datasource.url}
 * points at an external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** As spring.datasource.hikari.connection-timeout for an external database (application.yml). */
	private static final long CONNECTION_TIMEOUT_MS = 5_000;

	@Bean
	DataSource dataSource(RenloopProperties properties) {
		Path pgDirectory = properties.dataDirectory().resolve("pg");
		DataSource postgres = EmbeddedPostgresServer.dataSourceFor(pgDirectory);
		int port = EmbeddedPostgresServer.portFor(pgDirectory);
		log.info("Embedded PostgreSQL running on port {} with data in {}", port, pgDirectory.toAbsolutePath());
		HikariConfig config = new HikariConfig();
		config.setDataSource(postgres);
		config.setPoolName("renloop-embedded");
		config.setMaximumPoolSize(20);
		// while the database restarts, requests wait at most this long for a connection, then get a 503
		config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
		return new HikariDataSource(config);
	}
}
