package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.NoticeTopic;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.WorkNotice;
import io.renloop.platform.WorkNotices;
import io.renloop.platform.sso.ChatAppStub;
import io.renloop.support.ApiClient;
import io.renloop.support.Eventually;
import io.renloop.support.Problems;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * A work notice reaches its recipient where they chose: a WeCom application message or a DingTalk work notification
 * (WeCom and DingTalk stand-ins on a local port) whose link opens the item in the in-app browser, or an e-mail.
 * A failing service is tried again with back-off and nothing is lost when the node restarts; the person chooses
 * their channels through the API, and a channel that cannot reach them is a 400 problem.
 */
@RenloopIntegrationTest
class WorkNoticesReachPeopleWhereTheyChoseTests {

	static final ChatAppStub apps = new ChatAppStub();

	@LocalServerPort
	int port;

	@Autowired
	TenantAdministration administration;

	@Autowired
	WorkNotices notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NoticeTable table;

	@Autowired
	List<NoticeChannelAdapter> adapters;

	@Autowired
	NoticeLinks links;

	@Autowired
	MessageSource messages;

	@Autowired
	NoticeRecipients recipients;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	String tenant;

	ApiClient tenantAdmin;

	String email;

	UUID userId;

	@BeforeAll
	static void pointAtTheStandIns() {
		System.setProperty("renloop.sso.wecom-api-url", apps.url());
		System.setProperty("renloop.sso.dingtalk-api-url", apps.url());
	}

	@AfterAll
	static void forgetTheStandIns() {
		System.clearProperty("renloop.sso.wecom-api-url");
		System.clearProperty("renloop.sso.dingtalk-api-url");
		apps.close();
	}

	@BeforeEach
	void tenantWithBothApps() {
		apps.reset();
		tenant = TestUsers.createTenant(administration, "notice");
		tenantAdmin = ApiClient.as(port, TestUsers.createUser(administration, tenant, Role.TENANT_ADMIN));
		email = TestUsers.createUser(administration, tenant, Role.EMPLOYEE);
		userId = jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class, email);
		assertThat(tenantAdmin.put("/api/v1/admin/sso/wecom", Map.of("appId", "ww-" + tenant, "agentId", "1000002",
				"secret", "wecom-secret")).status()).isEqualTo(200);
		assertThat(tenantAdmin.put("/api/v1/admin/sso/dingtalk", Map.of("appId", "ding-" + tenant, "agentId",
				"2000003", "secret", "dingtalk-secret")).status()).isEqualTo(200);
		apps.answer("/cgi-bin/gettoken", "{\"errcode\":0,\"access_token\":\"wecom-token\",\"expires_in\":7200}")
			.answer("/gettoken", "{\"errcode\":0,\"access_token\":\"ding-token\",\"expires_in\":7200}")
			.answer("/topapi/message/corpconversation/asyncsend_v2", "{\"errcode\":0,\"task_id\":42}");
	}

	@Test
	void aMemberLinkedToWeComGetsAnApplicationMessageWhoseLinkSignsThemIn() {
		link("WECOM", "ZhangSan");

		notices.send(approvalWaiting("task-1"));

		JsonNode sent = Eventually.await(() -> delivery("SENT"));
		assertThat(sent).as("the delivery record").isNotNull();
		assertThat(sent.get("channel").asString()).isEqualTo("WECOM");
		ChatAppStub.Received message = apps.received("/cgi-bin/message/send").get(0);
		assertThat(message.uri().getQuery()).contains("access_token=wecom-token");
		assertThat(message.body()).contains("\"touser\":\"ZhangSan\"").contains("\"agentid\":1000002")
			.contains("Waiting for your decision: Leave of Zhang San");
		String url = URLDecoder.decode(message.body(), StandardCharsets.UTF_8);
		assertThat(url).contains("/sso/wecom/" + tenant + "?target=/approvals?task=task-1");
		assertThat(apps.received("/topapi/message/corpconversation/asyncsend_v2")).isEmpty();
	}

	@Test
	void aDingTalkUserGetsAWorkNotificationThatOpensInsideDingTalk() {
		link("DINGTALK", "manager123");

		notices.send(approvalWaiting("task-2"));

		assertThat(Eventually.await(() -> delivery("SENT"))).isNotNull();
		String body = apps.received("/topapi/message/corpconversation/asyncsend_v2").get(0).body();
		assertThat(body).contains("\"userid_list\":\"manager123\"").contains("\"agent_id\":2000003")
			.contains("dingtalk://dingtalkclient/page/link");
	}

	@Test
	void aFailingServiceIsTriedAgainAndARestartedNodeDeliversWhatWasLeft() {
		link("WECOM", "LiSi");
		apps.answer("/cgi-bin/message/send", "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");

		notices.send(approvalWaiting("task-3"));

		JsonNode failed = Eventually.await(() -> {
			JsonNode row = delivery("PENDING");
			return row != null && row.get("attempts").asInt() == 1 && !row.get("error").isNull() ? row : null;
		});
		assertThat(failed).as("the failed first attempt, waiting for its retry").isNotNull();
		assertThat(failed.get("error").asString()).contains("45009").doesNotContain("wecom-token");
		UUID id = UUID.fromString(failed.get("id").asString());
		assertThat(jdbc.queryForObject("select next_attempt_at > created_at from platform.work_notice where id = ?",
				Boolean.class, id)).as("backed off").isTrue();

		apps.answer("/cgi-bin/message/send", "{\"errcode\":0,\"errmsg\":\"ok\"}");
		jdbc.update("update platform.work_notice set next_attempt_at = timestamp '2000-01-01' where id = ?", id);
		NoticeWorker restarted = new NoticeWorker(table, adapters, links, messages, recipients, transactions, clock,
				Duration.ofSeconds(30), 10);
		restarted.deliverDue();

		JsonNode sent = Eventually.await(() -> delivery("SENT"));
		assertThat(sent).isNotNull();
		assertThat(sent.get("attempts").asInt()).isEqualTo(2);
		assertThat(apps.received("/cgi-bin/message/send")).hasSize(2);
	}

	@Test
	void theSameNoticeQueuedTwiceIsSentOnce() {
		link("WECOM", "WangWu");

		notices.send(approvalWaiting("task-4"));
		notices.send(approvalWaiting("task-4"));

		assertThat(Eventually.await(() -> delivery("SENT"))).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from platform.work_notice where user_id = ?", Integer.class,
				userId)).isEqualTo(1);
	}

	@Test
	void withoutAChatAppThePersonIsMailedAndChoosesTheirChannels() {
		ApiClient employee = ApiClient.as(port, email);
		JsonNode defaults = employee.get("/api/v1/me/notices/channels").json();
		assertThat(defaults.get("channels").toString()).isEqualTo("[\"EMAIL\"]");
		assertThat(defaults.get("reachable").toString()).isEqualTo("[\"EMAIL\"]");
		assertThat(defaults.get("chosen").asBoolean()).isFalse();

		JsonNode problem = Problems.assertProblem(employee.put("/api/v1/me/notices/channels",
				Map.of("channels", List.of("WECOM"))), 400);
		assertThat(Problems.errorFields(problem)).contains("channels");
		Problems.assertProblem(employee.put("/api/v1/me/notices/channels", Map.of("channels", List.of("FAX"))), 400);

		link("WECOM", "ZhaoLiu");
		JsonNode chosen = employee.put("/api/v1/me/notices/channels", Map.of("channels", List.of("EMAIL"))).json();
		assertThat(chosen.get("channels").toString()).isEqualTo("[\"EMAIL\"]");
		assertThat(chosen.get("reachable").toString()).isEqualTo("[\"WECOM\",\"EMAIL\"]");

		notices.send(approvalWaiting("task-5"));

		JsonNode mailed = Eventually.await(() -> delivery("NOT_CONFIGURED"));
		assertThat(mailed).as("e-mail, with no mail server in the tests").isNotNull();
		assertThat(mailed.get("channel").asString()).isEqualTo("EMAIL");
		assertThat(apps.received("/cgi-bin/message/send")).isEmpty();
	}

	@Test
	void switchingEveryChannelOffPushesNothing() {
		ApiClient employee = ApiClient.as(port, email);
		assertThat(employee.put("/api/v1/me/notices/channels", Map.of("channels", List.of())).status())
			.isEqualTo(200);

		notices.send(approvalWaiting("task-6"));

		assertThat(jdbc.queryForObject("select count(*) from platform.work_notice where user_id = ?", Integer.class,
				userId)).isZero();
	}

	@Test
	void aNoticeIsWrittenInTheRecipientsLanguage() {
		jdbc.update("update platform.user_account set locale = 'zh-CN' where id = ?", userId);
		link("WECOM", "SunQi");

		notices.send(approvalWaiting("task-7"));

		JsonNode sent = Eventually.await(() -> delivery("SENT"));
		assertThat(sent.get("title").asString()).isEqualTo("待审批");
		assertThat(apps.received("/cgi-bin/message/send").get(0).body()).contains("等待您审批");
	}

	private WorkNotice approvalWaiting(String taskId) {
		return WorkNotice.toUser(tenant, userId, NoticeTopic.APPROVAL_WAITING, "approval-task:" + taskId,
				"/approvals?task=" + taskId, "Leave of Zhang San");
	}

	private void link(String provider, String externalId) {
		assertThat(tenantAdmin.put("/api/v1/admin/sso/links",
				Map.of("provider", provider, "externalId", externalId, "userId", userId.toString())).status())
			.isEqualTo(200);
	}

	/** The person's latest delivery in this status, or null. */
	private JsonNode delivery(String status) {
		JsonNode list = ApiClient.as(port, email).get("/api/v1/me/notices").json();
		for (JsonNode row : list) {
			if (status.equals(row.get("status").asString())) {
				return row;
			}
		}
		return null;
	}
}
