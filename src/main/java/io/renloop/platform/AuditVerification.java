package io.renloop.platform;

/**
 * The outcome of re-computing a tenant's audit chain.
 *
 * @param valid every link matches
 * @param events events checked
 * @param firstBrokenId the first event whose hash does not match, or null
 */
public record AuditVerification(boolean valid, long events, Long firstBrokenId) {
}
