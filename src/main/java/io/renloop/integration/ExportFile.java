package io.renloop.integration;

/**
 * A generated file to download.
 *
 * @param fileName a suggested name, e.g. {@code employees-20261104.xlsx}
 * @param mediaType its content type
 * @param content the bytes
 */
public record ExportFile(String fileName, String mediaType, byte[] content) {
}
