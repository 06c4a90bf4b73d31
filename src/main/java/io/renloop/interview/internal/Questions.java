package io.renloop.interview.internal;

import io.renloop.interview.QuestionFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Questions extends JpaRepository<Question, UUID>, JpaSpecificationExecutor<Question> {

	Optional<Question> findByQuestionKey(String key);

	boolean existsByQuestionKey(String key);

	/** Active questions matching the filter's non-null fields. */
	static Specification<Question> matching(QuestionFilter filter) {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> predicates = new ArrayList<>();
			predicates.add(cb.isFalse(root.get("archived")));
			if (filter.dimension() != null && !filter.dimension().isBlank()) {
				predicates.add(cb.equal(root.get("dimension"), filter.dimension().strip()));
			}
			if (filter.type() != null) {
				predicates.add(cb.equal(root.get("type"), filter.type()));
			}
			if (filter.language() != null && !filter.language().isBlank()) {
				predicates.add(cb.equal(root.get("language"), filter.language().strip()));
			}
			if (filter.jobFamily() != null && !filter.jobFamily().isBlank()) {
				predicates.add(cb.equal(root.get("jobFamily"), filter.jobFamily().strip()));
			}
			return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}
}
