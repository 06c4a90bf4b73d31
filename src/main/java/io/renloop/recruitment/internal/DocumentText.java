package io.renloop.recruitment.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.ResumeParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of an uploaded resume, read with Apache Tika. Only PDF, DOCX, DOC and plain text are accepted;
 * embedded files and images are not read, and there is no OCR, so photos never become text. The type is detected
 * once and the file handed to that type's parser (an {@link org.apache.tika.parser.AutoDetectParser} would detect
 * it a second time); DOCX is read with Tika's streaming (SAX) extractor rather than by loading the whole document
 * model. A table row becomes one line with its cells separated by tabs ({@link TableRowsText}), so the parser reads
 * a row as the layout shows it. Thread-safe: one instance serves every caller.
 */
final class DocumentText {

	private static final Set<String> SUPPORTED = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
			"text/plain");

	private static final Set<String> ENCRYPTED = Set.of("application/x-tika-ooxml-protected",
			"application/x-tika-msoffice-encrypted");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*){2,}");

	/** Attachments, embedded objects and pictures inside a resume are skipped. */
	private static final EmbeddedDocumentExtractor NO_EMBEDDED_DOCUMENTS = new EmbeddedDocumentExtractor() {

		@Override
		public boolean shouldParseEmbedded(Metadata metadata) {
			return false;
		}

		@Override
		public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
			// never called: shouldParseEmbedded refuses every embedded document
		}
	};

	private final Detector detector;

	/** The parsers of the default configuration, chosen by the content type set in the metadata. */
	private final Parser parser;

	DocumentText() {
		TikaConfig config = TikaConfig.getDefaultConfig();
		this.detector = config.getDetector();
		this.parser = config.getParser();
	}

	String extract(ResumeFile file) {
		byte[] content = file.content();
		if (content.length == 0) {
			throw InvalidFieldsException.of("file", "resume.file.empty");
		}
		if (content.length > ResumeParser.MAX_FILE_BYTES) {
			throw new BusinessRuleException(413, "resume.file.tooLarge", ResumeParser.MAX_FILE_BYTES / (1024 * 1024));
		}
		Metadata metadata = new Metadata();
		if (file.filename() != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.filename());
		}
		try (TikaInputStream input = TikaInputStream.get(content)) {
			MediaType type = detector.detect(input, metadata).getBaseType();
			if (ENCRYPTED.contains(type.toString())) {
				throw new BusinessRuleException(422, "resume.file.encrypted");
			}
			if (!SUPPORTED.contains(type.toString())) {
				throw new BusinessRuleException(415, "resume.file.unsupported", type.toString());
			}
			metadata.set(Metadata.CONTENT_TYPE, type.toString());
			TableRowsText rows = new TableRowsText();
			parser.parse(input, new BodyContentHandler(rows), metadata, context());
			String text = clean(rows.toString());
			if (text.isBlank()) {
				throw new BusinessRuleException(422, "resume.file.noText");
			}
			if (text.length() > ResumeParser.MAX_TEXT_CHARS) {
				throw new BusinessRuleException(422, "resume.text.tooLong", ResumeParser.MAX_TEXT_CHARS);
			}
			return text;
		}
		catch (EncryptedDocumentException ex) {
			throw new BusinessRuleException(422, "resume.file.encrypted");
		}
		catch (TikaException | IOException | SAXException | RuntimeException ex) {
			if (ex instanceof BusinessRuleException rule) {
				throw rule;
			}
			if (ex.getCause() instanceof EncryptedDocumentException
					|| ex.getClass().getSimpleName().contains("Encrypted")) {
				throw new BusinessRuleException(422, "resume.file.encrypted");
			}
			throw new BusinessRuleException(422, "resume.file.unreadable");
		}
	}

	private static ParseContext context() {
		ParseContext context = new ParseContext();
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setExtractInlineImages(false);
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setSortByPosition(true);
		context.set(PDFParserConfig.class, pdf);
		OfficeParserConfig office = new OfficeParserConfig();
		office.setUseSAXDocxExtractor(true);
		office.setExtractMacros(false);
		context.set(OfficeParserConfig.class, office);
		context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED_DOCUMENTS);
		return context;
	}

	/** Unix line breaks, no-break spaces as spaces, trailing blanks removed, at most one empty line in a row. */
	static String clean(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\f', '\n');
		unified = unified.replaceAll("[ \\t]+\\n", "\n");
		return BLANK_LINES.matcher(unified).replaceAll("\n\n").strip();
	}
}
