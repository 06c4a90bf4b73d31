package io.renloop.recruitment.internal;

import io.renloop.recruitment.internal.talentpool.TalentProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the talent pool should hold for a candidate of the current tenant: a profile while the candidate is not
 * erased, their consent is given, their retention has not ended and their resume has text to find them by; nothing otherwise.
 */
@Component
class TalentPoolEntries {

	private final CandidateRepository candidates;

	private final CandidateProfiles profiles;

	private final Clock clock;

	TalentPoolEntries(CandidateRepository candidates, CandidateProfiles profiles, Clock clock) {
		this.candidates = candidates;
		this.profiles = profiles;
		this.clock = clock;
	}

	/** The entry of one candidate of {@code tenantId}, which must be the current tenant. */
	Optional<TalentProfile> entryOf(String tenantId, UUID candidateId) {
		return candidates.findById(candidateId).flatMap(candidate -> entryOf(tenantId, candidate));
	}

	/** The entries of every candidate of {@code tenantId}, which must be the current tenant. */
	List<TalentProfile> entriesOf(String tenantId) {
		return candidates.findAll().stream().flatMap(candidate -> entryOf(tenantId, candidate).stream()).toList();
	}

	private Optional<TalentProfile> entryOf(String tenantId, Candidate candidate) {
		return Optional.of(candidate)
			.filter(this::keepable)
			.map(c -> profiles.forTalentPool(tenantId, c))
			.filter(profile -> !profile.text().isBlank());
	}

	/** Whether the candidate's consent allows keeping them in the pool today. */
	boolean keepable(Candidate candidate) {
		return !candidate.erased() && candidate.consentGivenAt() != null
				&& !candidate.retainUntil().isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}
}
