package io.renloop.onboarding.internal.contract;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractTemplateRepository extends JpaRepository<ContractTemplate, UUID> {

	Optional<ContractTemplate> findByLanguage(String language);
}
