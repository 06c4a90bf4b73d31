package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.TenantView;
import io.renloop.platform.TenantContext;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of mails, timeline entries and views: bilingual for people whose language is unknown. */
@Component
class OnboardingTexts {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final TenantAdministration tenants;

	OnboardingTexts(MessageSource messages, TenantAdministration tenants) {
		this.messages = messages;
		this.tenants = tenants;
	}

	/** {@code 中文 / English}, for subject lines and timeline summaries. */
	String both(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE) + " / " + messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** The Chinese text, a rule, the English text. */
	String body(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE) + "\n\n----------\n\n"
				+ messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** Whether the reader of this request reads Chinese. */
	static boolean readerIsChinese() {
		return LocaleContextHolder.getLocale().getLanguage().equals("zh");
	}

	ZoneId zone() {
		return tenants.tenant(TenantContext.require()).map(TenantView::timeZone).map(ZoneId::of)
			.orElse(ZoneId.of("UTC"));
	}
}
