package io.renloop.integration;

/**
 * Exports departments, positions or employees of the current tenant in the import layout, so that an
 * export can be edited and imported elsewhere. Employee exports carry personal data masked only, stay
 * within the user's data scope and are recorded in the audit log.
 */
public interface DataExports {

	ExportFile export(ImportKind kind, ExportFormat format);
}
