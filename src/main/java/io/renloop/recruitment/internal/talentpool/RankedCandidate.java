package io.renloop.recruitment.internal.talentpool;

/**
 * A talent-pool hit.
 * @param candidateId the candidate's id
 * @param score the fused relevance, higher is better; comparable only within one result list
 */
public record RankedCandidate(String candidateId, double score) {
}
