package io.renloop.integration.internal;

import io.renloop.integration.ImportKind;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Everything a background import needs from the request that started it, including who asked and in
 * which language: the worker thread has neither request nor security context of its own.
 *
 * @param jobId the job to report to
 * @param kind what the file holds
 * @param fileName the uploaded name
 * @param content the file
 * @param dryRun check only
 * @param tenantId the tenant to import into
 * @param authentication the requesting user, re-established in the worker
 * @param locale the language of error messages
 */
record ImportTask(UUID jobId, ImportKind kind, String fileName, byte[] content, boolean dryRun, String tenantId,
		Authentication authentication, Locale locale) {
}
