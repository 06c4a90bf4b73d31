package io.renloop.platform;

import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs background work (demo seeding, scheduled jobs, event handlers) as the tenant's system actor: every
 * permission, the whole tenant in scope, audited as {@code system}.
 */
public final class SystemActor {

	public static final String NAME = "system";

	private SystemActor() {
	}

	public static <T> T callAs(String tenantId, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		CurrentUser system = new CurrentUser(new UUID(0, 0), tenantId, NAME, NAME, EnumSet.noneOf(Role.class),
				EnumSet.allOf(Permission.class), DataScope.TENANT, null, null, null);
		RenloopPrincipal principal = new RenloopPrincipal(system, null, false, true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return TenantContext.callAs(tenantId, work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void runAs(String tenantId, Runnable work) {
		callAs(tenantId, () -> {
			work.run();
			return null;
		});
	}
}
