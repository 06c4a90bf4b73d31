package io.renloop.platform.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.BrowserSession.Page;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person who opens Renloop inside WeCom or DingTalk is signed in without a password: the app's one-time code
 * becomes their user id in the app (WeCom and DingTalk stand-ins on a local port), which finds their login by the
 * e-mail the app knows or by the tenant admin's link, in the same page session as a password login. Forged states,
 * unknown tenants, malformed callbacks and refused codes are readable 4xx pages; a target on another site is never
 * followed.
 */
@RenloopIntegrationTest
class SignInInsideWeComAndDingTalkTests {

	static final ChatAppStub apps = new ChatAppStub();

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	String tenant;

	ApiClient tenantAdmin;

	String email;

	@BeforeAll
	static void pointAtTheStandIns() {
		System.setProperty("renloop.sso.wecom-api-url", apps.url());
		System.setProperty("renloop.sso.wecom-authorize-url", apps.url() + "/connect/oauth2/authorize");
		System.setProperty("renloop.sso.dingtalk-api-url", apps.url());
	}

	@AfterAll
	static void forgetTheStandIns() {
		System.clearProperty("renloop.sso.wecom-api-url");
		System.clearProperty("renloop.sso.wecom-authorize-url");
		System.clearProperty("renloop.sso.dingtalk-api-url");
		apps.close();
	}

	@BeforeEach
	void tenantWithBothApps() {
		apps.reset();
		tenant = TestUsers.createTenant(administration, "chat");
		tenantAdmin = ApiClient.as(port, TestUsers.createUser(administration, tenant, Role.TENANT_ADMIN));
		email = TestUsers.createUser(administration, tenant, Role.EMPLOYEE);
		assertThat(tenantAdmin.put("/api/v1/admin/sso/wecom", Map.of("appId", "ww-" + tenant, "agentId", "1000002",
				"secret", "wecom-secret")).status()).isEqualTo(200);
		assertThat(tenantAdmin.put("/api/v1/admin/sso/dingtalk", Map.of("appId", "ding-" + tenant,
				"secret", "dingtalk-secret")).status()).isEqualTo(200);
		apps.answer("/cgi-bin/gettoken", "{\"errcode\":0,\"access_token\":\"wecom-token\",\"expires_in\":7200}")
			.answer("/cgi-bin/auth/getuserinfo", "{\"errcode\":0,\"userid\":\"ZhangSan\"}")
			.answer("/cgi-bin/user/get", "{\"errcode\":0,\"userid\":\"ZhangSan\",\"biz_mail\":\"" + email + "\"}")
			.answer("/gettoken", "{\"errcode\":0,\"access_token\":\"ding-token\",\"expires_in\":7200}")
			.answer("/topapi/v2/user/getuserinfo", "{\"errcode\":0,\"result\":{\"userid\":\"manager123\"}}")
			.answer("/topapi/v2/user/get", "{\"errcode\":0,\"result\":{\"userid\":\"manager123\",\"org_email\":\""
					+ email + "\"}}");
	}

	@Test
	void weComWebAuthorizationSignsTheMemberInAndOpensTheTargetPage() {
		BrowserSession browser = new BrowserSession(port);

		Page callback = browser.follow(weComCallback(browser, "/leave", "CODE-1"));

		assertThat(callback.status()).as(callback.body()).isEqualTo(302);
		assertThat(callback.location()).endsWith("/leave");
		assertThat(browser.get("/me").status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from platform.spring_session where principal_name = ?",
				Integer.class, email)).isEqualTo(1);
		URI token = apps.received("/cgi-bin/gettoken").get(0).uri();
		assertThat(token.getQuery()).contains("corpid=ww-" + tenant).contains("corpsecret=wecom-secret");
		assertThat(apps.received("/cgi-bin/auth/getuserinfo").get(0).uri().getQuery()).contains("code=CODE-1")
			.contains("access_token=wecom-token");
	}

	@Test
	void dingTalkInAppLoginSignsTheUserInOnTheirHomePage() {
		BrowserSession browser = new BrowserSession(port);

		Page callback = browser.get("/sso/dingtalk/" + tenant + "/callback?code=ding-code-7");

		assertThat(callback.status()).as(callback.body()).isEqualTo(302);
		assertThat(callback.location()).endsWith("/me");
		assertThat(browser.get("/me").status()).isEqualTo(200);
		assertThat(apps.received("/topapi/v2/user/getuserinfo").get(0).body()).contains("\"code\":\"ding-code-7\"");
		assertThat(apps.received("/gettoken").get(0).uri().getQuery()).contains("appkey=ding-" + tenant);
	}

	@Test
	void aMemberWhoseEmailTheAppKeepsToItselfSignsInOnceTheAdminLinkedThem() {
		apps.answer("/topapi/v2/user/get", "{\"errcode\":60011,\"errmsg\":\"no privilege\"}");
		BrowserSession browser = new BrowserSession(port);
		Page refused = browser.get("/sso/dingtalk/" + tenant + "/callback?code=c1");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("id=\"sso-refusal\"");

		String userId = jdbc.queryForObject("select id::text from platform.user_account where email = ?", String.class,
				email);
		assertThat(tenantAdmin.put("/api/v1/admin/sso/links",
				Map.of("provider", "DINGTALK", "externalId", "manager123", "userId", userId)).status())
			.isEqualTo(200);

		assertThat(browser.get("/sso/dingtalk/" + tenant + "/callback?code=c2").location()).endsWith("/me");
	}

	@Test
	void aTargetOnAnotherSiteEndsOnTheHomePage() {
		BrowserSession browser = new BrowserSession(port);

		Page callback = browser.follow(weComCallback(browser, "//evil.example/phish", "CODE-2"));

		assertThat(callback.location()).endsWith("/me").doesNotContain("evil");
	}

	@Test
	void aForgedStateIsARefusalInTheCallersLanguage() {
		BrowserSession browser = new BrowserSession(port);
		String callback = weComCallback(browser, "/me", "CODE-3");
		String forged = callback.replaceFirst("state=([A-Za-z0-9_-]{10})", "state=AAAAAAAAAA");

		Page refused = browser.follow(forged + "&lang=zh-CN");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("此登录链接无效");
		assertThat(apps.received("/cgi-bin/auth/getuserinfo")).as("the code is never spent").isEmpty();
	}

	@Test
	void aWeComCallbackWithoutStateOrCodeIsMalformed() {
		BrowserSession browser = new BrowserSession(port);

		assertThat(browser.get("/sso/wecom/" + tenant + "/callback?code=x").status()).isEqualTo(400);
		String callback = weComCallback(browser, "/me", "unused");
		assertThat(browser.follow(callback.replace("code=unused", "code=")).status()).isEqualTo(400);
		assertThat(browser.get("/sso/dingtalk/" + tenant + "/callback").status()).isEqualTo(400);
	}

	@Test
	void anUnknownTenantIsNotFound() {
		BrowserSession browser = new BrowserSession(port);

		assertThat(browser.get("/sso/wecom/no-such-tenant").status()).isEqualTo(404);
		Page refused = browser.get("/sso/dingtalk/no-such-tenant/callback?code=abc");
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.body()).contains("id=\"sso-refusal\"");
	}

	@Test
	void aCodeTheAppRefusesIsABadRequestNotAServerError() {
		apps.answer("/topapi/v2/user/getuserinfo", "{\"errcode\":40078,\"errmsg\":\"不存在的临时授权码\"}");
		BrowserSession browser = new BrowserSession(port);

		Page refused = browser.get("/sso/dingtalk/" + tenant + "/callback?code=used-code");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(browser.get("/me").location()).as("not signed in").endsWith("/login");
	}

	/** Starts WeCom's web authorization and returns where WeCom would send the browser back, with its code. */
	private String weComCallback(BrowserSession browser, String target, String code) {
		Page start = browser.get("/sso/wecom/" + tenant + "?target=" + target);
		assertThat(start.status()).as(start.body()).isEqualTo(302);
		URI authorize = URI.create(start.location());
		assertThat(authorize.getPath()).isEqualTo("/connect/oauth2/authorize");
		Map<String, String> query = query(authorize.getRawQuery());
		assertThat(query).containsEntry("appid", "ww-" + tenant).containsEntry("agentid", "1000002");
		return query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state");
	}

	private static Map<String, String> query(String rawQuery) {
		return Arrays.stream(rawQuery.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(java.util.stream.Collectors.toMap(p -> p[0],
					p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
	}
}
