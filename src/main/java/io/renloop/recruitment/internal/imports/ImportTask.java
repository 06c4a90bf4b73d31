package io.renloop.recruitment.internal.imports;

import io.renloop.recruitment.Channel;
import io.renloop.recruitment.ResumeFile;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Everything a background upload needs from the request that started it: the worker thread has neither
 * request nor security context of its own.
 *
 * @param jobId the job to report to
 * @param tenantId the tenant of the uploader
 * @param requisitionId the requisition applied to
 * @param channel the channel of every application
 * @param files the uploaded resumes
 * @param authentication the uploader, re-established in the worker
 * @param locale the language of error messages
 */
record ImportTask(UUID jobId, String tenantId, UUID requisitionId, Channel channel, List<ResumeFile> files,
		Authentication authentication, Locale locale) {

	ImportTask {
		files = List.copyOf(files);
	}
}
