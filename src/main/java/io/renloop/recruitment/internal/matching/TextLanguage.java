package io.renloop.recruitment.internal.matching;

/**
 * The language a text is embedded and analysed in, decided by the share of CJK characters among its letters.
 */
public enum TextLanguage {

	CHINESE, ENGLISH;

	/** Texts whose letters are at least this share Han characters count as Chinese. */
	static final double CJK_SHARE_FOR_CHINESE = 0.2;

	/** The language of {@code text}; English when the text has no letters at all. */
	public static TextLanguage of(String text) {
		int letters = 0;
		int han = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
				han++;
				letters++;
			}
			else if (Character.isLetter(codePoint)) {
				letters++;
			}
			i += Character.charCount(codePoint);
		}
		return letters > 0 && han >= CJK_SHARE_FOR_CHINESE * letters ? CHINESE : ENGLISH;
	}
}
