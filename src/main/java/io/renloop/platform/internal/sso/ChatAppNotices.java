package io.renloop.platform.internal.sso;

import io.renloop.platform.MessageChannel;
import io.renloop.platform.SingleSignOnSettings.IdentityProvider;
import io.renloop.platform.internal.NoticeChannelAdapter;
import io.renloop.platform.internal.TextDelivery;
import io.renloop.platform.internal.sso.ChatAppIdentities.ChatAppCredentials;
import java.util.Optional;
import java.util.UUID;

/**
 * What the WeCom and DingTalk work-notice adapters share: the tenant's application (the one its people sign in
 * with), the person's user id from their sign-in link, and the application's cached access token. A tenant without
 * the application, or one without an agent id, is NOT_CONFIGURED; a refusal or an unreachable server is FAILED
 * (and retried), named by the path only since the query holds the access token.
 */
abstract class ChatAppNotices implements NoticeChannelAdapter {

	private final ChatAppAdapter app;

	private final ChatAppConfigurations configurations;

	private final SsoLinks links;

	ChatAppNotices(ChatAppAdapter app, ChatAppConfigurations configurations, SsoLinks links) {
		this.app = app;
		this.configurations = configurations;
		this.links = links;
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.valueOf(app.app().name());
	}

	@Override
	public Optional<String> address(String tenantId, UUID userId) {
		return links.externalIdOf(tenantId, app.app(), userId);
	}

	@Override
	public TextDelivery deliver(NoticeEnvelope envelope) {
		IdentityProvider provider = app.app();
		Optional<ChatAppCredentials> credentials = configurations.of(envelope.tenantId(), provider);
		if (credentials.isEmpty() || credentials.get().agentId() == null || credentials.get().agentId().isBlank()) {
			return TextDelivery.notConfigured("the tenant's " + provider + " application with its agent id");
		}
		try {
			send(app, app.accessToken(credentials.get()), credentials.get().agentId(), envelope);
			return TextDelivery.sent();
		}
		catch (ChatAppException ex) {
			return TextDelivery.failed(ex.getMessage());
		}
	}

	/**
	 * Sends one notice.
	 *
	 * @throws ChatAppException when the app refuses it or cannot be reached
	 */
	abstract void send(ChatAppAdapter app, String accessToken, String agentId, NoticeEnvelope envelope);

	/** The agent id as the apps want it: a number. */
	static long agentNumber(String agentId) {
		try {
			return Long.parseLong(agentId.strip());
		}
		catch (NumberFormatException ex) {
			throw new ChatAppException("the agent id is not a number", ChatAppException.Kind.APP_REFUSED);
		}
	}
}
