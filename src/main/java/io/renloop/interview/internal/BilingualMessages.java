package io.renloop.interview.internal;

import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.TenantView;
import io.renloop.platform.TenantContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts for people whose language the product does not know (candidates): Chinese first, then English, with
 * times in the tenant's time zone.
 */
@Component
class BilingualMessages {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final TenantAdministration tenants;

	BilingualMessages(MessageSource messages, TenantAdministration tenants) {
		this.messages = messages;
		this.tenants = tenants;
	}

	/** A subject line: {@code 中文 / English}. */
	String subject(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE) + " / " + messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** A body: the Chinese text, a rule, the English text. */
	String body(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE) + "\n\n----------\n\n"
				+ messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** A time as the tenant's people read it, e.g. {@code 2026-12-03 09:30 (Asia/Shanghai)}. */
	String time(Instant instant) {
		ZoneId zone = tenants.tenant(TenantContext.require()).map(TenantView::timeZone).map(ZoneId::of)
			.orElse(ZoneId.of("UTC"));
		return TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}
}
