package io.renloop.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;

/** Builds resume files for tests: DOCX with POI, PDF with PDFBox (Chinese PDFs need a CJK font on the machine). */
public final class ResumeDocuments {

	/** A CJK font with TrueType outlines, which PDFBox can subset (it cannot embed CFF-based Noto CJK). */
	private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private ResumeDocuments() {
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\n")) {
				XWPFRun run = document.createParagraph().createRun();
				run.setText(line);
				run.setFontFamily("SimSun");
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF in Helvetica: Latin text only. */
	public static byte[] latinPdf(String text) {
		return pdf(text, null, null);
	}

	/** A password-protected PDF. */
	public static byte[] encryptedPdf(String text) {
		return pdf(text, null, "secret");
	}

	/** A PDF with an embedded CJK font; skips the calling test when the machine has none. */
	public static byte[] chinesePdf(String text) {
		Assumptions.assumeTrue(Files.isReadable(CJK_FONT), "No CJK font at " + CJK_FONT
				+ ": skipping the Chinese PDF (apt-get install fonts-wqy-microhei)");
		return pdf(text, CJK_FONT, null);
	}

	/**
	 * A PDF laid out in columns, as resume templates are: each row's cells start at tab stops across the page (a
	 * single cell starts at the margin), 52 rows a page. Chinese text needs the CJK font (see {@link #chinesePdf}).
	 * The document id is fixed, so the same rows give the same file.
	 */
	public static byte[] columnsPdf(java.util.List<java.util.List<String>> rows, boolean chinese) {
		Path cjkFont = chinese ? CJK_FONT : null;
		if (chinese) {
			Assumptions.assumeTrue(Files.isReadable(CJK_FONT), "No CJK font at " + CJK_FONT);
		}
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont font = cjkFont == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : cjk(document, cjkFont);
			int perPage = 52;
			for (int first = 0; first < rows.size(); first += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float y = 790;
					for (java.util.List<String> row : rows.subList(first, Math.min(rows.size(), first + perPage))) {
						float step = row.size() <= 1 ? 0 : 480f / row.size();
						for (int c = 0; c < row.size(); c++) {
							float x = row.size() == 2 && c == 1 ? 400 : 50 + c * step;
							content.beginText();
							content.setFont(font, 10);
							content.newLineAtOffset(x, y);
							content.showText(row.get(c));
							content.endText();
						}
						y -= 14.5f;
					}
				}
			}
			byte[] id = "renloop-resume-evaluation".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
			ids.add(new org.apache.pdfbox.cos.COSString(id));
			ids.add(new org.apache.pdfbox.cos.COSString(id));
			document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] pdf(String text, Path cjkFont, String password) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont font = cjkFont == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : cjk(document, cjkFont);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 10);
				content.setLeading(14);
				content.newLineAtOffset(50, 790);
				for (String line : text.split("\n")) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (UnsupportedOperationException ex) {
			Assumptions.abort("PDFBox cannot embed " + cjkFont + ": " + ex.getMessage());
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDFont cjk(PDDocument document, Path file) throws IOException {
		TrueTypeFont font = CjkFont.load(file);
		try {
			return PDType0Font.load(document, font, true);
		}
		catch (IOException | RuntimeException ex) {
			Assumptions.abort("PDFBox cannot embed " + file + ": " + ex.getMessage());
			throw ex;
		}
	}

	/**
	 * The CJK font, parsed once per JVM (parsing the collection takes longer than writing a resume); it stays open
	 * for the life of the JVM, as every document subsets it while it is saved.
	 */
	private static final class CjkFont {

		private static TrueTypeFont font;

		static synchronized TrueTypeFont load(Path file) throws IOException {
			if (font == null) {
				TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
				TrueTypeFont loaded = collection.getFontByName("WenQuanYiMicroHei");
				Assumptions.assumeTrue(loaded != null, "WenQuanYiMicroHei not in " + file);
				font = loaded;
			}
			return font;
		}
	}
}
