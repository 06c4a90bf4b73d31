package io.renloop.platform;

/**
 * Runs the jobs of one type (a Spring bean; see {@link BackgroundJobs} for an example). {@link #run} is called on
 * a worker thread as the job's tenant and submitter, outside any transaction, possibly again after a node died
 * part way: it must skip the items whose effect is already recorded and checkpoint or heartbeat at least once per
 * lease duration ({@code renloop.jobs.lease-duration}, 30 s by default).
 */
public interface BackgroundJobHandler {

	/** The job type this handler runs, e.g. {@code recruitment.resume-import}. */
	String type();

	/**
	 * Does the job's work. Returning marks the job COMPLETED; an exception has it tried again later, until it
	 * has been tried {@code renloop.jobs.max-attempts} times, and then marks it FAILED with the exception's message.
	 * {@link JobExecution.LeaseLostException} from the execution means another node took over: just let it out.
	 */
	void run(JobExecution execution);

	/**
	 * Finishing touches (an audit record, a last result fragment) committed in the same transaction that marks
	 * the job COMPLETED, so they happen exactly once. Does nothing by default.
	 */
	default void completed(JobExecution execution) {
	}
}
