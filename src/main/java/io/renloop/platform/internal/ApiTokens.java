package io.renloop.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);

	/**
	 * Stamps the token's last use unless a use after {@code staleBefore} is already recorded. A plain update
	 * without the optimistic-lock version: concurrent requests with the same token must not fail, and the
	 * condition makes all but the first of them a no-op.
	 */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = ?2 where t.id = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
	int recordUse(UUID id, Instant usedAt, Instant staleBefore);
}
