package io.renloop.recruitment.internal.matching;

/**
 * One part of a match score.
 * @param name the factor's key: {@code mustHaves}, {@code skills}, {@code certificates}, {@code experience},
 * {@code education}, {@code niceToHaves} or {@code description}
 * @param weight the factor's share of the total, percent (0 for {@code mustHaves}, which caps instead)
 * @param score how well the candidate meets the factor, 0–1
 * @param evidence why, in words a recruiter reads (Chinese or English)
 */
public record MatchFactor(String name, double weight, double score, String evidence) {
}
