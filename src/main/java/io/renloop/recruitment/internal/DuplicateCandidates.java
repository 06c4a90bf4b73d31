package io.renloop.recruitment.internal;

import io.renloop.platform.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the known candidate an applicant is: the same normalized phone, else the same normalized e-mail,
 * else a resume under the same name whose SimHash is within {@link ResumeSimHash#NEAR_IDENTICAL_BITS} bits:
 * resumes written from one template by different people are alike, but their owners are not the same person.
 */
@Component
class DuplicateCandidates {

	private final CandidateRepository candidates;

	private final JdbcTemplate jdbc;

	DuplicateCandidates(CandidateRepository candidates, JdbcTemplate jdbc) {
		this.candidates = candidates;
		this.jdbc = jdbc;
	}

	Optional<Candidate> find(String name, String phone, String email, Long simhash) {
		Optional<Candidate> found = phone == null ? Optional.empty() : candidates.findByPhone(phone);
		if (found.isEmpty() && email != null) {
			found = candidates.findByEmail(email);
		}
		if (found.isEmpty() && simhash != null) {
			found = nearIdenticalResume(simhash, name).flatMap(candidates::findById);
		}
		return found;
	}

	/** Plain SQL, so the tenant is stated explicitly. */
	private Optional<UUID> nearIdenticalResume(long simhash, String name) {
		List<UUID> ids = jdbc.queryForList("""
				select id from recruitment.candidate
				where tenant_id = ? and resume_simhash is not null
				  and bit_count((resume_simhash # ?)::bit(64)) <= ?
				  and name = ?
				order by bit_count((resume_simhash # ?)::bit(64)), created_at limit 1""", UUID.class,
				TenantContext.require(), simhash, ResumeSimHash.NEAR_IDENTICAL_BITS, name, simhash);
		return ids.stream().findFirst();
	}
}
