package io.renloop.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Forgets the language the shared demo logins chose before each test class: a page asked for with {@code ?lang=}
 * stores that language for the user, and it would otherwise decide the language of every later class's pages
 * (which then depended on the order the classes ran in).
 */
public class DemoLanguagesReset implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		SpringExtension.getApplicationContext(context)
			.getBean(JdbcTemplate.class)
			.update("update platform.user_account set locale = null where email like '%@demo.example' "
					+ "or email like '%@acme.example'");
	}
}
