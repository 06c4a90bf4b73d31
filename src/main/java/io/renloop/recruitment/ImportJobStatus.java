package io.renloop.recruitment;

/**
 * Where a bulk resume upload stands: QUEUED until a worker takes it, RUNNING while files are processed,
 * COMPLETED when every file was tried (single files may still have failed), FAILED when the job itself broke off.
 */
public enum ImportJobStatus {
	QUEUED, RUNNING, COMPLETED, FAILED;

	public boolean finished() {
		return this == COMPLETED || this == FAILED;
	}
}
