package io.renloop.training;

import java.io.InputStream;

/**
 * A file on its way in, read as a stream; its type is decided by its content, never by its name.
 *
 * @param fileName the name the sender gave it, for display only
 * @param content the bytes, read once
 */
public record Upload(String fileName, InputStream content) {
}
