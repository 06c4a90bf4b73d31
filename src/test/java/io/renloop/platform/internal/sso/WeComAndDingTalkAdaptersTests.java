package io.renloop.platform.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.internal.sso.ChatAppIdentities.AppIdentity;
import io.renloop.platform.internal.sso.ChatAppIdentities.ChatAppCredentials;
import io.renloop.platform.sso.ChatAppStub;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WeCom and DingTalk adapters against local stand-ins: the user id and e-mail from their answers, one access
 * token for many sign-ins, and each kind of failure told apart (code refused, application refused, unreachable).
 */
class WeComAndDingTalkAdaptersTests {

	final ChatAppStub stub = new ChatAppStub();

	final ChatAppCredentials credentials = new ChatAppCredentials("acme", "ww-acme", "1000002", "s3cret");

	@AfterEach
	void stop() {
		stub.close();
	}

	@Test
	void weComGivesTheMembersUserIdAndWorkEmailAndReusesItsToken() {
		stub.answer("/cgi-bin/gettoken", "{\"errcode\":0,\"access_token\":\"t1\",\"expires_in\":7200}")
			.answer("/cgi-bin/auth/getuserinfo", "{\"errcode\":0,\"userid\":\"LiSi\"}")
			.answer("/cgi-bin/user/get", "{\"errcode\":0,\"email\":\"li@home.example\",\"biz_mail\":\"li@acme.example\"}");
		WeComIdentities wecom = new WeComIdentities(endpoints(stub.url()), JsonMapper.builder().build(), Clock.systemUTC());

		assertThat(wecom.identify(credentials, "c1")).isEqualTo(new AppIdentity("LiSi", "li@acme.example"));
		wecom.identify(credentials, "c2");

		assertThat(stub.received("/cgi-bin/gettoken")).hasSize(1);
		assertThat(stub.received("/cgi-bin/auth/getuserinfo")).hasSize(2);
	}

	@Test
	void anOutsiderWithOnlyAnOpenIdIsARefusedCode() {
		stub.answer("/cgi-bin/gettoken", "{\"errcode\":0,\"access_token\":\"t1\",\"expires_in\":7200}")
			.answer("/cgi-bin/auth/getuserinfo", "{\"errcode\":0,\"openid\":\"oAbc\"}");
		WeComIdentities wecom = new WeComIdentities(endpoints(stub.url()), JsonMapper.builder().build(), Clock.systemUTC());

		assertFailure(() -> wecom.identify(credentials, "c1"), ChatAppException.Kind.CODE_REFUSED);
	}

	@Test
	void dingTalkWithoutEmailRightsStillGivesTheUserId() {
		stub.answer("/gettoken", "{\"errcode\":0,\"access_token\":\"d1\",\"expires_in\":7200}")
			.answer("/topapi/v2/user/getuserinfo", "{\"errcode\":0,\"result\":{\"userid\":\"u-9\"}}")
			.answer("/topapi/v2/user/get", "{\"errcode\":60011,\"errmsg\":\"no privilege\"}");
		DingTalkIdentities dingtalk = new DingTalkIdentities(endpoints(stub.url()), JsonMapper.builder().build(),
				Clock.systemUTC());

		assertThat(dingtalk.identify(credentials, "c1")).isEqualTo(new AppIdentity("u-9", null));
		assertThat(stub.received("/topapi/v2/user/getuserinfo").get(0).uri().getQuery()).isEqualTo("access_token=d1");
	}

	@Test
	void aWrongSecretIsARefusedApplicationAndNoSecretReachesTheMessage() {
		stub.answer("/gettoken", "{\"errcode\":40089,\"errmsg\":\"invalid appkey or appsecret\"}");
		DingTalkIdentities dingtalk = new DingTalkIdentities(endpoints(stub.url()), JsonMapper.builder().build(),
				Clock.systemUTC());

		assertThatThrownBy(() -> dingtalk.identify(credentials, "c1")).isInstanceOfSatisfying(ChatAppException.class,
				ex -> {
					assertThat(ex.kind()).isEqualTo(ChatAppException.Kind.APP_REFUSED);
					assertThat(ex.getMessage()).contains("40089").doesNotContain("s3cret");
				});
	}

	@Test
	void anUnreachableServiceIsToldApart() {
		ChatAppStub gone = new ChatAppStub();
		String nowhere = gone.url();
		gone.close();
		WeComIdentities wecom = new WeComIdentities(endpoints(nowhere), JsonMapper.builder().build(), Clock.systemUTC());

		assertFailure(() -> wecom.identify(credentials, "c1"), ChatAppException.Kind.UNREACHABLE);
	}

	private static ChatAppEndpoints endpoints(String url) {
		return new ChatAppEndpoints(new MockEnvironment().withProperty("renloop.sso.wecom-api-url", url)
			.withProperty("renloop.sso.dingtalk-api-url", url));
	}

	private static void assertFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
			ChatAppException.Kind kind) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ChatAppException.class, ex -> assertThat(ex.kind()).isEqualTo(kind));
	}
}
