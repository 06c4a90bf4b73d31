package io.renloop.integration;

/**
 * A column of an import file, as the page and the API describe it.
 *
 * @param name the English header name
 * @param chineseName the Chinese header name; either is accepted
 * @param required whether every row needs a value
 */
public record ImportColumnView(String name, String chineseName, boolean required) {
}
