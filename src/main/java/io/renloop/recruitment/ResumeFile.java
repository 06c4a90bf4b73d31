package io.renloop.recruitment;

/**
 * An uploaded resume file.
 * @param filename the name the client gave, used as a hint for the type; may be null
 * @param content the bytes
 */
public record ResumeFile(String filename, byte[] content) {

	public ResumeFile {
		content = content == null ? new byte[0] : content;
	}
}
