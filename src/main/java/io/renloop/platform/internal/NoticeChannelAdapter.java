package io.renloop.platform.internal;

import io.renloop.platform.MessageChannel;
import java.util.Optional;
import java.util.UUID;

/**
 * One channel of work notices behind the one dispatcher ({@link NoticeWorker}, ADR 0041): tells whether it can
 * reach a login and delivers one notice. Adapters never throw for a refused or unreachable service: they answer a
 * {@link TextDelivery} (FAILED is retried with back-off, NOT_CONFIGURED is not).
 */
public interface NoticeChannelAdapter {

	MessageChannel channel();

	/** The login's address in this channel (a WeCom user id, an e-mail address), or empty when it has none. */
	Optional<String> address(String tenantId, UUID userId);

	/** Sends one notice to one address. */
	TextDelivery deliver(NoticeEnvelope envelope);

	/**
	 * One notice ready to go out.
	 *
	 * @param address the recipient in this channel, from {@link #address}
	 * @param url the absolute address that opens the item (signed in, where the channel allows)
	 * @param openLabel the caption of the button that opens it, in the recipient's language
	 */
	record NoticeEnvelope(String tenantId, String address, String title, String text, String url, String openLabel) {
	}
}
