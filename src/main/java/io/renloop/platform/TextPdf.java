package io.renloop.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Writes simple text documents (a title and paragraphs, wrapped to A4) as PDF with the CJK font embedded as a
 * subset, and appends such pages to an existing PDF.
 */
@Component
public class TextPdf {

	private static final float MARGIN = 56;

	private static final float TITLE_SIZE = 16;

	private static final float TEXT_SIZE = 11;

	private static final float LEADING = 1.6f;

	private final CjkFont cjkFont;

	public TextPdf(CjkFont cjkFont) {
		this.cjkFont = cjkFont;
	}

	/** A new document of one or more pages. */
	public byte[] render(String title, List<String> paragraphs) {
		synchronized (cjkFont) {
			try (PDDocument document = new PDDocument()) {
				write(document, title, paragraphs);
				return save(document);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** {@code pdf} with pages of {@code title} and {@code paragraphs} added at its end. */
	public byte[] append(byte[] pdf, String title, List<String> paragraphs) {
		synchronized (cjkFont) {
			try (PDDocument document = Loader.loadPDF(pdf)) {
				write(document, title, paragraphs);
				return save(document);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void write(PDDocument document, String title, List<String> paragraphs) throws IOException {
		PDFont font = PDType0Font.load(document, cjkFont.load(), true);
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(title, TITLE_SIZE));
		lines.add(new Line("", TEXT_SIZE));
		for (String paragraph : paragraphs) {
			for (String part : paragraph.split("\n", -1)) {
				wrap(part, font, width).forEach(l -> lines.add(new Line(l, TEXT_SIZE)));
			}
			lines.add(new Line("", TEXT_SIZE / 2));
		}
		PDPageContentStream content = null;
		float y = 0;
		try {
			for (Line line : lines) {
				if (content == null || y - line.size() * LEADING < MARGIN) {
					if (content != null) {
						content.close();
					}
					PDPage page = new PDPage(PDRectangle.A4);
					document.addPage(page);
					content = new PDPageContentStream(document, page);
					y = PDRectangle.A4.getHeight() - MARGIN;
				}
				y -= line.size() * LEADING;
				if (!line.text().isEmpty()) {
					content.beginText();
					content.setFont(font, line.size());
					content.newLineAtOffset(MARGIN, y);
					content.showText(line.text());
					content.endText();
				}
			}
		}
		finally {
			if (content != null) {
				content.close();
			}
		}
	}

	/** Breaks a paragraph into lines that fit: at spaces for Latin text, anywhere between Chinese characters. */
	static List<String> wrap(String text, PDFont font, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int lastSpace = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			line.append(c);
			if (c == ' ') {
				lastSpace = line.length() - 1;
			}
			if (font.getStringWidth(line.toString()) / 1000 * TEXT_SIZE > width) {
				int cut = lastSpace > 0 && c < 0x2E80 ? lastSpace : line.length() - 1;
				lines.add(line.substring(0, cut).stripTrailing());
				String rest = line.substring(cut).stripLeading();
				line.setLength(0);
				line.append(rest);
				lastSpace = -1;
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	private record Line(String text, float size) {
	}
}
