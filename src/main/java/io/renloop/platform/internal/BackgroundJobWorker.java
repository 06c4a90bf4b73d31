package io.renloop.platform.internal;

import io.renloop.platform.BackgroundJob;
import io.renloop.platform.BackgroundJobHandler;
import io.renloop.platform.JobExecution.LeaseLostException;
import io.renloop.platform.RenloopPrincipal;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import io.renloop.platform.internal.BackgroundJobTable.Claim;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims and runs background jobs as one node: {@link #runOnce} takes the oldest claimable job, runs its handler as
 * the job's tenant and submitter, and ends the job (COMPLETED, later again, or FAILED) only while this node still
 * holds its lease. Not thread-bound: each worker thread of the node calls it in a loop.
 */
class BackgroundJobWorker {

	private static final Logger log = LoggerFactory.getLogger(BackgroundJobWorker.class);

	private static final int MAX_FAILURE_LENGTH = 2000;

	private final String nodeId;

	private final Map<String, BackgroundJobHandler> handlers;

	private final BackgroundJobTable table;

	private final BackgroundJobProperties properties;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	BackgroundJobWorker(String nodeId, Collection<BackgroundJobHandler> handlers, BackgroundJobTable table,
			BackgroundJobProperties properties, PlatformTransactionManager transactionManager, JsonMapper json) {
		this.nodeId = nodeId;
		this.handlers = handlers.stream()
			.collect(Collectors.toMap(BackgroundJobHandler::type, Function.identity(), (a, b) -> {
				throw new IllegalStateException("Two background job handlers for type " + a.type());
			}, LinkedHashMap::new));
		this.table = table;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.json = json;
	}

	String nodeId() {
		return nodeId;
	}

	/** Claims one job and runs it to its end on this thread; false when no job was claimable. */
	boolean runOnce() {
		Claim claim = table.claim(handlers.keySet(), nodeId, properties.leaseDuration()).orElse(null);
		if (claim == null) {
			return false;
		}
		BackgroundJob job = claim.job();
		if (job.attempts() > properties.maxAttempts()) {
			// its nodes kept dying while running it: a poisoned job must not take every node down in turn
			table.fail(job.jobId(), nodeId, "Abandoned after " + properties.maxAttempts() + " attempts; last failure: "
					+ job.failure());
			log.error("Background job {} ({}) in tenant {} FAILED: too many attempts", job.jobId(), job.type(),
					claim.tenantId());
			return true;
		}
		log.info("Background job {} ({}) in tenant {} claimed by {}, attempt {}, {} of {} done", job.jobId(), job.type(),
				claim.tenantId(), nodeId, job.attempts(), job.processed(), job.total());
		runAsSubmitter(claim, () -> execute(handlers.get(job.type()), claim));
		return true;
	}

	private void execute(BackgroundJobHandler handler, Claim claim) {
		BackgroundJob job = claim.job();
		LeasedExecution execution = new LeasedExecution(job, claim.tenantId(), nodeId, properties.leaseDuration(),
				table, json);
		try {
			handler.run(execution);
			transactions.executeWithoutResult(tx -> {
				handler.completed(execution);
				if (!table.complete(job.jobId(), nodeId)) {
					throw new LeaseLostException(job.jobId());
				}
			});
			log.info("Background job {} ({}) COMPLETED on {}", job.jobId(), job.type(), nodeId);
		}
		catch (LeaseLostException lost) {
			log.warn("Background job {} ({}) was taken over by another node; {} stops its attempt", job.jobId(),
					job.type(), nodeId);
		}
		catch (RuntimeException failure) {
			fail(job, failure);
		}
	}

	private void fail(BackgroundJob job, RuntimeException failure) {
		String reason = reason(failure);
		if (job.attempts() >= properties.maxAttempts()) {
			table.fail(job.jobId(), nodeId, reason);
			log.error("Background job {} ({}) FAILED after {} attempts", job.jobId(), job.type(), job.attempts(), failure);
		}
		else {
			table.retryLater(job.jobId(), nodeId, reason, properties.retryDelay());
			log.warn("Background job {} ({}) broke off in attempt {}, to be tried again", job.jobId(), job.type(),
					job.attempts(), failure);
		}
	}

	private static String reason(RuntimeException failure) {
		String reason = failure.getClass().getSimpleName()
				+ (failure.getMessage() == null ? "" : ": " + failure.getMessage());
		return reason.length() > MAX_FAILURE_LENGTH ? reason.substring(0, MAX_FAILURE_LENGTH) : reason;
	}

	/** The job runs as whoever submitted it, so that its audit records and permission checks are theirs. */
	private static void runAsSubmitter(Claim claim, Runnable work) {
		if (claim.submitter() == null) {
			SystemActor.runAs(claim.tenantId(), work);
			return;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		RenloopPrincipal principal = new RenloopPrincipal(claim.submitter(), null, false, true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (claim.locale() != null) {
			LocaleContextHolder.setLocale(claim.locale());
		}
		try {
			TenantContext.runAs(claim.tenantId(), work);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
			SecurityContextHolder.setContext(previous);
		}
	}
}
