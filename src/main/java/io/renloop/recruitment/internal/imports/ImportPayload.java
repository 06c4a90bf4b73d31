package io.renloop.recruitment.internal.imports;

import io.renloop.recruitment.Channel;
import java.util.UUID;

/**
 * What a bulk upload job carries besides its files, which wait in {@code recruitment.import_file}.
 *
 * @param requisitionId the requisition applied to
 * @param channel the channel of every application
 */
record ImportPayload(UUID requisitionId, Channel channel) {

	/** The background job type of bulk uploads. */
	static final String JOB_TYPE = "recruitment.resume-import";
}
