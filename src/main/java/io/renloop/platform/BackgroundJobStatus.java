package io.renloop.platform;

/**
 * Where a background job stands: QUEUED until a node claims it, RUNNING while a node holds its lease (and again
 * after another node took over an expired lease), COMPLETED when its handler returned, FAILED when it broke off
 * more often than allowed.
 */
public enum BackgroundJobStatus {
	QUEUED, RUNNING, COMPLETED, FAILED;

	public boolean finished() {
		return this == COMPLETED || this == FAILED;
	}
}
