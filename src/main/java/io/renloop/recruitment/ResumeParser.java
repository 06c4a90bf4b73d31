package io.renloop.recruitment;

/**
 * Turns a resume into a structured profile without storing anything. Protected attributes (gender, ethnicity,
 * age and birth date, marital status, political affiliation, photos) are dropped before any extraction step, so
 * they can appear in no field and no entity of the result. Implementations are thread-safe.
 */
public interface ResumeParser {

	/** Largest accepted file, in bytes. */
	long MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** Longest accepted text, in characters. */
	int MAX_TEXT_CHARS = 200_000;

	/**
	 * Parses plain text; entity offsets are into {@code text} as given.
	 * @throws io.renloop.platform.InvalidFieldsException when the text is blank or too long
	 */
	ParsedResume parse(String text);

	/**
	 * Extracts the text of a PDF, DOCX, DOC or plain-text file and parses it; entity offsets are into the
	 * extracted text.
	 * @throws io.renloop.platform.BusinessRuleException with status 413 (too large), 415 (unsupported type) or
	 * 422 (corrupt, password-protected or without text)
	 */
	ParsedResume parse(ResumeFile file);
}
