package io.renloop.platform;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current unit of work. Requests take it from the signed-in user; background work
 * (demo seeding, imports, scheduled jobs) states it explicitly with {@link #callAs(String, Supplier)}.
 */
public final class TenantContext {

	private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static <T> T callAs(String tenantId, Supplier<T> work) {
		String previous = EXPLICIT.get();
		EXPLICIT.set(tenantId);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				EXPLICIT.remove();
			}
			else {
				EXPLICIT.set(previous);
			}
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
