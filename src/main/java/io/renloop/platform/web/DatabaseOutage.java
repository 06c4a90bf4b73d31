package io.renloop.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because PostgreSQL cannot be reached (restarting, failing over, network) from a bug: such a
 * request is answered 503 with {@code Retry-After} rather than 500, and the connection pool reconnects by itself
 * once the database is back. Looks through the whole cause chain, since JPA, Flowable and the servlet container
 * wrap the driver's exception in their own.
 */
final class DatabaseOutage {

	/** Seconds a client should wait before trying again: about one connection timeout of the pool. */
	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseOutage() {
	}

	static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || isConnectionState(cause)) {
				return true;
			}
		}
		return false;
	}

	/** SQL state class 08 (connection exception) and 57P (the server shuts down, restarts or is starting up). */
	private static boolean isConnectionState(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
	}
}
