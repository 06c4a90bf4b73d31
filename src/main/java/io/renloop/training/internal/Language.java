package io.renloop.training.internal;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** Picks the reader's language of a text kept in both: Chinese for a Chinese reader, English otherwise. */
public final class Language {

	private Language() {
	}

	public static boolean chinese() {
		return Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	public static String pick(String zh, String en) {
		return chinese() ? zh : en;
	}
}
