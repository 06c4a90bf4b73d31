package io.renloop.platform.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DevOutbox;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.MessageChannel;
import io.renloop.platform.WorkNotice;
import io.renloop.platform.WorkNotices;
import io.renloop.platform.internal.NoticeRecipients.Recipient;
import io.renloop.platform.internal.NoticeTable.NewNotice;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a notice in the caller's transaction, one row per channel the recipient chose that can reach them, written
 * in the recipient's language, and wakes the worker once that transaction committed (ADR 0041).
 */
@Service
class DefaultWorkNotices implements WorkNotices {

	private final NoticeRecipients recipients;

	private final NoticeTable table;

	private final ChannelPreferenceTable preferences;

	private final Map<MessageChannel, NoticeChannelAdapter> adapters = new EnumMap<>(MessageChannel.class);

	private final NoticeLinks links;

	private final MessageSource messages;

	private final ObjectProvider<JdbcDevOutbox> outbox;

	private final NoticeWorker worker;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultWorkNotices(NoticeRecipients recipients, NoticeTable table, ChannelPreferenceTable preferences,
			List<NoticeChannelAdapter> adapters, NoticeLinks links, MessageSource messages,
			ObjectProvider<JdbcDevOutbox> outbox, NoticeWorker worker, AuditTrail audit, Clock clock) {
		this.recipients = recipients;
		this.table = table;
		this.preferences = preferences;
		adapters.forEach(adapter -> this.adapters.put(adapter.channel(), adapter));
		this.links = links;
		this.messages = messages;
		this.outbox = outbox;
		this.worker = worker;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(WorkNotice notice) {
		Recipient recipient = recipients.of(notice).orElse(null);
		if (recipient == null) {
			// an employee without a login has no channel; the to-do still shows in the module's own pages
			return;
		}
		Locale locale = recipient.locale();
		String title = messages.getMessage("notice." + notice.topic().key() + ".title", null, locale);
		Object[] args = notice.args().stream().map(arg -> messages.getMessage("notice.value." + arg, null, arg, locale))
			.toArray();
		String text = messages.getMessage("notice." + notice.topic().key() + ".text", args, locale);
		boolean queued = false;
		for (MessageChannel channel : channelsOf(notice.tenantId(), recipient.userId())) {
			NewNotice row = new NewNotice(notice.tenantId(), recipient.userId(), channel, notice.topic(),
					notice.dedupKey(), title, text, notice.link());
			if (table.insert(row, clock.instant())) {
				queued = true;
				keepInOutbox(row);
			}
		}
		if (queued) {
			AfterCommit.run(worker::nudge);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public ChannelPreferences myChannels() {
		CurrentUser user = CurrentUser.require();
		Set<MessageChannel> reachable = reachable(user.tenantId(), user.userId());
		return preferences.chosen(user.tenantId(), user.userId())
			.map(chosen -> new ChannelPreferences(chosen, reachable, true))
			.orElseGet(() -> new ChannelPreferences(defaultOf(reachable), reachable, false));
	}

	@Override
	@Transactional
	public ChannelPreferences changeMyChannels(Set<MessageChannel> channels) {
		CurrentUser user = CurrentUser.require();
		Set<MessageChannel> reachable = reachable(user.tenantId(), user.userId());
		for (MessageChannel channel : channels) {
			if (!reachable.contains(channel)) {
				throw InvalidFieldsException.of("channels", "notice.channels.error.unreachable");
			}
		}
		Set<MessageChannel> before = myChannels().channels();
		Set<MessageChannel> chosen = EnumSet.noneOf(MessageChannel.class);
		chosen.addAll(channels);
		preferences.choose(user.tenantId(), user.userId(), chosen, clock.instant());
		audit.recordChange("UPDATE", "MessagePreference", user.userId(), Map.of("channels", before),
				Map.of("channels", chosen));
		return new ChannelPreferences(chosen, reachable, true);
	}

	@Override
	@Transactional(readOnly = true)
	public List<NoticeDelivery> myDeliveries(int limit) {
		CurrentUser user = CurrentUser.require();
		return table.ofUser(user.tenantId(), user.userId(), Math.max(1, Math.min(limit, 100)));
	}

	/** The chosen channels that can reach the login; without a choice, the default. */
	private Set<MessageChannel> channelsOf(String tenantId, UUID userId) {
		Set<MessageChannel> reachable = reachable(tenantId, userId);
		Set<MessageChannel> channels = preferences.chosen(tenantId, userId).orElseGet(() -> defaultOf(reachable));
		channels.retainAll(reachable);
		return channels;
	}

	private Set<MessageChannel> reachable(String tenantId, UUID userId) {
		Set<MessageChannel> reachable = EnumSet.noneOf(MessageChannel.class);
		adapters.forEach((channel, adapter) -> {
			if (adapter.address(tenantId, userId).isPresent()) {
				reachable.add(channel);
			}
		});
		return reachable;
	}

	/** The chat apps the login is linked to, else e-mail: a person inside WeCom is not mailed as well. */
	private static Set<MessageChannel> defaultOf(Set<MessageChannel> reachable) {
		Set<MessageChannel> chatApps = EnumSet.noneOf(MessageChannel.class);
		chatApps.addAll(reachable);
		chatApps.remove(MessageChannel.EMAIL);
		return chatApps.isEmpty() ? EnumSet.of(MessageChannel.EMAIL) : chatApps;
	}

	private void keepInOutbox(NewNotice row) {
		outbox.ifAvailable(box -> {
			String address = adapters.get(row.channel()).address(row.tenantId(), row.userId()).orElse("?");
			box.keep(row.tenantId(), DevOutbox.Channel.valueOf(row.channel().name()), address,
					row.title() + "\n" + row.text() + "\n" + links.urlFor(row.channel(), row.tenantId(), row.link()),
					clock.instant());
		});
	}
}
