package io.renloop.platform;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The tenant of the current unit of work. Requests take it from the signed-in user; background work
 * (demo seeding, imports, scheduled jobs) states it explicitly with {@link #callAs(String, Supplier)}.
 */
public final class TenantContext {

	private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

	private TenantContext() {
	}

	/** The tenant's id in the logging context (MDC), so that JSON log lines of the work carry it. */
	public static final String LOG_KEY = "tenantId";

	public static <T> T callAs(String tenantId, Supplier<T> work) {
		String previous = EXPLICIT.get();
		String previousInLogs = MDC.get(LOG_KEY);
		EXPLICIT.set(tenantId);
		MDC.put(LOG_KEY, tenantId);
		try {
			return work.get();
		}
		finally {
			restore(previous, EXPLICIT::set, EXPLICIT::remove);
			restore(previousInLogs, value -> MDC.put(LOG_KEY, value), () -> MDC.remove(LOG_KEY));
		}
	}

	private static void restore(String previous, Consumer<String> set, Runnable remove) {
		if (previous == null) {
			remove.run();
		}
		else {
			set.accept(previous);
		}
	}

	public static void runAs(String tenantId, Runnable work) {
		callAs(tenantId, () -> {
			work.run();
			return null;
		});
	}

	/** The tenant of this thread: an explicit one first, else the signed-in user's. */
	public static Optional<String> current() {
		String explicit = EXPLICIT.get();
		if (explicit != null) {
			return Optional.of(explicit);
		}
		return CurrentUser.find().map(CurrentUser::tenantId);
	}

	public static String require() {
		return current().orElseThrow(() -> new IllegalStateException("No tenant in this context"));
	}
}
