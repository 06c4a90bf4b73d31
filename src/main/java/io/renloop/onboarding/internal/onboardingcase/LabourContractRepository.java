package io.renloop.onboarding.internal.onboardingcase;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LabourContractRepository extends JpaRepository<LabourContract, UUID> {
}
