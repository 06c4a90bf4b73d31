package io.renloop.integration;

import java.util.List;
import java.util.UUID;

/**
 * Bulk import of departments, positions and employees from Excel (.xlsx, .xls) or CSV (UTF-8 or GBK/GB18030,
 * header row required). Every row is checked by the owning module's own rules inside one transaction: a dry run
 * reports all problems and saves nothing; a real run saves all rows, or nothing when any row fails.
 * Jobs run in the background as the user who started them; their progress is polled with
 * {@link #job(UUID)}.
 */
public interface DataImports {

	/**
	 * Starts an import job for the current user and tenant.
	 * @param kind what the file holds
	 * @param fileName the uploaded name; its extension helps to tell CSV from Excel
	 * @param content the file
	 * @param dryRun check only, save nothing
	 * @return the job, to poll
	 */
	UUID start(ImportKind kind, String fileName, byte[] content, boolean dryRun);

	/** A job of the current tenant; others raise {@code NotFoundException}. */
	ImportJobView job(UUID jobId);

	/** The columns a file of the kind may have, in template order. */
	List<ImportColumnView> columns(ImportKind kind);

	/** An empty workbook with the header row of the kind, in the user's language. */
	ExportFile template(ImportKind kind);
}
