package io.renloop.recruitment.internal;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The plain text of Tika's XHTML with each table row on one line and its cells separated by tabs, the way the
 * row reads ("2009.09-2013.07⇥中国矿业大学⇥安全工程⇥本科"); paragraphs inside a cell are joined with spaces. Outside
 * tables the text is what Tika's own text handler writes.
 */
final class TableRowsText extends DefaultHandler {

	private final StringBuilder text = new StringBuilder();

	private int tables;

	private int cells;

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		String name = localName.isEmpty() ? qName : localName;
		switch (name) {
			case "table" -> tables++;
			case "td", "th" -> cells++;
			case "p", "div", "br", "li" -> {
				if (cells > 0) {
					space();
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		String name = localName.isEmpty() ? qName : localName;
		switch (name) {
			case "table" -> {
				tables--;
				newLine();
			}
			case "td", "th" -> {
				cells--;
				trimEnd();
				text.append('\t');
			}
			case "tr" -> {
				while (!text.isEmpty() && text.charAt(text.length() - 1) == '\t') {
					text.setLength(text.length() - 1);
				}
				text.append('\n');
			}
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (tables > 0 && cells == 0) {
			return;
		}
		String chunk = new String(ch, start, length);
		text.append(cells > 0 ? chunk.replace('\n', ' ').replace('\t', ' ') : chunk);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		if (tables == 0) {
			text.append(ch, start, length);
		}
	}

	private void space() {
		if (!text.isEmpty() && " \t\n".indexOf(text.charAt(text.length() - 1)) < 0) {
			text.append(' ');
		}
	}

	private void trimEnd() {
		while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
			text.setLength(text.length() - 1);
		}
	}

	private void newLine() {
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
