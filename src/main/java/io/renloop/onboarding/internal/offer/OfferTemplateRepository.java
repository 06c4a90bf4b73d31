package io.renloop.onboarding.internal.offer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferTemplateRepository extends JpaRepository<OfferTemplate, UUID> {

	Optional<OfferTemplate> findByLanguage(String language);
}
