package io.renloop.demo;

import io.renloop.platform.RenloopProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the app where it is and how to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final RenloopProperties properties;

	private final Environment environment;

	StartupBanner(RenloopProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder text = new StringBuilder("\n\n  Renloop is ready: http://localhost:").append(port).append("/\n");
		if (properties.demo()) {
			text.append("  Demo logins (password ").append(DemoDataSeeder.PASSWORD).append("):\n");
			DemoDataSeeder.demoLogins().forEach(login -> text.append("    ").append(login).append('\n'));
		}
		text.append("  API docs: http://localhost:").append(port).append("/swagger-ui/index.html\n");
		log.info(text.toString());
	}
}
