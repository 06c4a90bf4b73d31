package io.renloop.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Positions extends ListCrudRepository<Position, UUID> {

	List<Position> findAllByOrderByCode();

	Optional<Position> findByCode(String code);

	boolean existsByCode(String code);
}
