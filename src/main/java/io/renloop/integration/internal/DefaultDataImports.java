package io.renloop.integration.internal;

import io.renloop.integration.DataImports;
import io.renloop.integration.ExportFile;
import io.renloop.integration.ExportFormat;
import io.renloop.integration.ImportColumnView;
import io.renloop.integration.ImportJobView;
import io.renloop.integration.ImportKind;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.SpreadsheetFiles;
import io.renloop.platform.TenantContext;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
class DefaultDataImports implements DataImports {

	private static final int MAX_FILE_NAME = 255;

	private final ImportJobs jobs;

	private final ImportWorker worker;

	DefaultDataImports(ImportJobs jobs, ImportWorker worker) {
		this.jobs = jobs;
		this.worker = worker;
	}

	@Override
	public UUID start(ImportKind kind, String fileName, byte[] content, boolean dryRun) {
		CurrentUser user = CurrentUser.require();
		require(user, Permission.DATA_IMPORT);
		require(user, kind == ImportKind.EMPLOYEES ? Permission.EMPLOYEE_WRITE : Permission.ORG_WRITE);
		String name = fileName == null || fileName.length() <= MAX_FILE_NAME ? fileName
				: fileName.substring(0, MAX_FILE_NAME);
		UUID jobId = UUID.randomUUID();
		jobs.create(jobId, user.tenantId(), kind, name, dryRun, user.email());
		worker.run(new ImportTask(jobId, kind, name, content, dryRun, user.tenantId(),
				SecurityContextHolder.getContext().getAuthentication(), LocaleContextHolder.getLocale()));
		return jobId;
	}

	@Override
	public ImportJobView job(UUID jobId) {
		return jobs.find(TenantContext.require(), jobId).orElseThrow(() -> new NotFoundException("ImportJob", jobId));
	}

	@Override
	public List<ImportColumnView> columns(ImportKind kind) {
		return ImportLayout.columns(kind)
			.stream()
			.map(column -> new ImportColumnView(column.key(), column.chinese(), column.required()))
			.toList();
	}

	@Override
	public ExportFile template(ImportKind kind) {
		byte[] content = SpreadsheetFiles.xlsx(kind.path(),
				ImportLayout.headers(kind, LocaleContextHolder.getLocale()), List.of());
		return new ExportFile(kind.path() + "-template.xlsx", ExportFormat.XLSX.mediaType(), content);
	}

	static void require(CurrentUser user, Permission permission) {
		if (!user.can(permission)) {
			throw new AccessDeniedException(permission.name());
		}
	}
}
