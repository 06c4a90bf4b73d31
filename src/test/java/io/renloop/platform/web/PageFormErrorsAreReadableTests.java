package io.renloop.platform.web;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Security finding "misleading errors", page side: a malformed number typed into a page form is bad input (400,
 * "wrong format"), not "nothing at this address"; text the database cannot store (NUL) is bad input, not a
 * duplicate or a server error; a malformed id in the address still names nothing (404).
 */
@RenloopIntegrationTest
class PageFormErrorsAreReadableTests {

	static final String PAGE = "/recruitment/requisitions";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	BrowserSession hr;

	Map<String, String> form;

	@BeforeEach
	void signedInRecruiterForm() {
		hr = new BrowserSession(port);
		hr.signIn("hr@demo.example", ApiClient.PASSWORD);
		form = new LinkedHashMap<>();
		form.put("_csrf", BrowserSession.csrfTokenOf(hr.get(PAGE)));
		form.put("departmentId", new DemoData(jdbc).departmentId(DEMO, "MINING").toString());
		form.put("positionId", jdbc.queryForObject(
				"select id from organization.position where tenant_id = 'demo' limit 1", UUID.class).toString());
	}

	@Test
	void aMalformedNumberIsAFormatError() {
		form.put("headcount", "three");
		BrowserSession.Page page = hr.postForm(PAGE, form);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).containsAnyOf("格式", "wrong type or format").doesNotContain("Exception");
	}

	@Test
	void textTheDatabaseCannotStoreIsBadInput() {
		form.put("headcount", "1");
		form.put("title", "采煤\u0000工");
		BrowserSession.Page page = hr.postForm(PAGE, form);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).containsAnyOf("不允许", "not allowed").doesNotContain("重复", "duplicate");
	}

	@Test
	void aMalformedIdInTheAddressNamesNothing() {
		assertThat(hr.get(PAGE + "/not-a-uuid").status()).isEqualTo(404);
	}
}
