package io.renloop.integration;

/**
 * One problem found in an import file, in the language of the user who started the import.
 *
 * @param row the row as a spreadsheet shows it (the header is row 1), or null for the file as a whole
 * @param column the column as the file names it, or null when the problem is not about one column
 * @param code stable for clients: the message key, or {@code validation.<Constraint>} for bean validation
 * @param message the translated explanation
 */
public record RowError(Integer row, String column, String code, String message) {
}
