package io.renloop.platform.internal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per data directory and JVM. The server outlives Spring contexts on
 * purpose: test contexts share it, and it stops once Spring Boot has closed every context at JVM exit.
 */
final class EmbeddedPostgresServer {

	private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	private EmbeddedPostgresServer() {
	}

	static DataSource dataSourceFor(Path pgDirectory) {
		EmbeddedPostgres server = SERVERS.computeIfAbsent(pgDirectory.toAbsolutePath().normalize(),
				EmbeddedPostgresServer::start);
		return server.getPostgresDatabase();
	}

	static int portFor(Path pgDirectory) {
		EmbeddedPostgres server = SERVERS.get(pgDirectory.toAbsolutePath().normalize());
		return server == null ? -1 : server.getPort();
	}

	private static EmbeddedPostgres start(Path directory) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("fsync", "on")
				.start();
			// Stop after every Spring context has closed: a JVM shutdown hook (ours or the library's default
			// one) would race the contexts' shutdown, which still needs the database (the event publication
			// registry, for one).
			SpringApplication.getShutdownHandlers().add(() -> close(server));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ignored) {
			// the JVM is exiting; nothing left to do
		}
	}
}
