package io.renloop.integration;

/**
 * Where an import job stands. A job that found any error, in the file or in a row, ends {@link #FAILED}
 * and has saved nothing; a dry run that found none ends {@link #SUCCEEDED} and has saved nothing either.
 */
public enum ImportStatus {
	RUNNING, SUCCEEDED, FAILED
}
