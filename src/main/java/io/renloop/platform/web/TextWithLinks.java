package io.renloop.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a plain text into pieces so that a page can show its http(s) addresses as links and the rest as text. */
final class TextWithLinks {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'，。；）]+");

	private TextWithLinks() {
	}

	static List<Piece> of(String text) {
		List<Piece> pieces = new ArrayList<>();
		Matcher matcher = URL.matcher(text);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				pieces.add(new Piece(text.substring(at, matcher.start()), false));
			}
			pieces.add(new Piece(matcher.group(), true));
			at = matcher.end();
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), false));
		}
		return pieces;
	}

	/** Plain text, or an address to show as a link. */
	record Piece(String text, boolean link) {
	}
}
