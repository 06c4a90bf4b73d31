package io.renloop.platform.internal;

import io.renloop.platform.BackgroundJob;
import io.renloop.platform.BackgroundJobs;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Jobs are rows; a submit wakes this node's workers once the caller's transaction committed. */
@Component
class DefaultBackgroundJobs implements BackgroundJobs {

	private final BackgroundJobTable table;

	private final JobSignal signal;

	DefaultBackgroundJobs(BackgroundJobTable table, JobSignal signal) {
		this.table = table;
		this.signal = signal;
	}

	@Override
	public UUID submit(String type, Object payload, int total, Permission readPermission) {
		UUID id = UUID.randomUUID();
		CurrentUser submitter = CurrentUser.find()
			.filter(user -> !SystemActor.NAME.equals(user.email()))
			.orElse(null);
		table.insert(id, TenantContext.require(), type, payload, total, readPermission, submitter,
				LocaleContextHolder.getLocale());
		AfterCommit.run(signal::jobSubmitted);
		return id;
	}

	@Override
	public Optional<BackgroundJob> find(UUID jobId) {
		return table.find(TenantContext.require(), jobId);
	}

	@Override
	public int unfinished(String type) {
		return table.unfinished(TenantContext.require(), type);
	}
}
