package io.renloop.platform.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);
}
