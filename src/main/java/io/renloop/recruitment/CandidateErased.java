package io.renloop.recruitment;

import java.util.UUID;

/**
 * A candidate's personal data was erased, on request or because their retention period ended. Listeners drop
 * whatever they keep about the candidate (e.g. the talent-pool index, interview recordings).
 * @param tenantId the candidate's tenant
 * @param candidateId the erased candidate
 */
public record CandidateErased(String tenantId, UUID candidateId) {
}
