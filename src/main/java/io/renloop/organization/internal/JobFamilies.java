package io.renloop.organization.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface JobFamilies extends ListCrudRepository<JobFamily, UUID> {

	List<JobFamily> findAllByOrderByCode();

	boolean existsByCode(String code);
}
