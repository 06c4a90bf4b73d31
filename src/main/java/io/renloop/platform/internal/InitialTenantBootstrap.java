package io.renloop.platform.internal;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first tenant and its administrator in an empty production database, from
 * {@code RENLOOP_BOOTSTRAP_TENANT}, {@code RENLOOP_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code RENLOOP_BOOTSTRAP_ADMIN_PASSWORD} (which must pass the password policy). Does nothing once any tenant
 * exists.
 */
@Component
@Order(-1)
class InitialTenantBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialTenantBootstrap.class);

	private final TenantAdministration administration;

	private final Environment environment;

	private final Passwords passwords;

	private final MessageSource messages;

	InitialTenantBootstrap(TenantAdministration administration, Environment environment, Passwords passwords,
			MessageSource messages) {
		this.administration = administration;
		this.environment = environment;
		this.passwords = passwords;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		String tenant = environment.getProperty("RENLOOP_BOOTSTRAP_TENANT");
		String email = environment.getProperty("RENLOOP_BOOTSTRAP_ADMIN_EMAIL");
		String password = environment.getProperty("RENLOOP_BOOTSTRAP_ADMIN_PASSWORD");
		if (!StringUtils.hasText(tenant) || !StringUtils.hasText(email) || !StringUtils.hasText(password)
				|| administration.anyTenantExists()) {
			return;
		}
		refuseWeak(password, email);
		administration.createTenant(tenant, environment.getProperty("RENLOOP_BOOTSTRAP_TENANT_NAME", tenant),
				environment.getProperty("RENLOOP_BOOTSTRAP_LOCALE", "zh-CN"), "Asia/Shanghai");
		UUID admin = administration.createUser(new NewUser(tenant, email, email, password, Set.of(Role.TENANT_ADMIN),
				null, null, null));
		log.info("Created tenant '{}' with the administrator {}", tenant, admin);
	}

	/** Checked before the tenant exists: a refused password must not leave a tenant without administrator behind. */
	private void refuseWeak(String password, String email) {
		try {
			passwords.check("RENLOOP_BOOTSTRAP_ADMIN_PASSWORD", password, email, email);
		}
		catch (InvalidFieldsException ex) {
			FieldProblem problem = ex.problems().get(0);
			throw new IllegalStateException("RENLOOP_BOOTSTRAP_ADMIN_PASSWORD is refused: "
					+ messages.getMessage(problem.messageKey(), problem.arguments(), Locale.ENGLISH));
		}
	}
}
