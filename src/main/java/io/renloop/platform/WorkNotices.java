package io.renloop.platform;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The port for work notices (ADR 0041): a notice handed over inside a transaction is stored with it, one delivery
 * per channel the recipient chose, and delivered after the commit by a worker that retries failures with back-off;
 * a rolled-back change notifies nobody and a restart loses nothing. Delivery problems are recorded, never thrown at
 * the caller. In demo mode every notice is also kept in the tenant's developer outbox ({@link DevOutbox}).
 */
public interface WorkNotices {

	/** Queues the notice for the recipient's channels; a notice already queued under its dedup key is ignored. */
	void send(WorkNotice notice);

	/** The current user's channels: the chosen ones, or the default when they never chose. */
	ChannelPreferences myChannels();

	/**
	 * Chooses the current user's channels; none means no pushed notices (the to-dos stay on {@code /me}).
	 *
	 * @throws InvalidFieldsException when a channel cannot reach the user (no linked WeCom or DingTalk identity)
	 */
	ChannelPreferences changeMyChannels(Set<MessageChannel> channels);

	/** The current user's latest notices with what became of each delivery, newest first. */
	List<NoticeDelivery> myDeliveries(int limit);

	/**
	 * @param channels the channels notices go to
	 * @param reachable the channels that can reach the user at all
	 * @param chosen whether the user chose (false: the default of chat apps where linked, else e-mail)
	 */
	record ChannelPreferences(Set<MessageChannel> channels, Set<MessageChannel> reachable, boolean chosen) {
	}

	/**
	 * One delivery of a notice to one channel.
	 *
	 * @param status PENDING (waiting for its next attempt), SENT, NOT_CONFIGURED (the tenant has no such channel)
	 *     or FAILED (gave up after the last attempt)
	 * @param attempts how often it was tried
	 * @param error why the last attempt failed, or null
	 */
	record NoticeDelivery(UUID id, NoticeTopic topic, MessageChannel channel, String title, String link,
			String status, int attempts, String error, Instant createdAt, Instant sentAt) {
	}
}
