package io.renloop.platform.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

	@Query("select u from UserAccount u where lower(u.email) = lower(?1)")
	Optional<UserAccount> findByEmail(String email);

	List<UserAccount> findByTenantIdOrderByEmail(String tenantId);

	Optional<UserAccount> findByIdAndTenantId(UUID id, String tenantId);

	boolean existsByTenantId(String tenantId);

	List<UserAccount> findByTenantIdAndEmployeeId(String tenantId, UUID employeeId);


	/** The security stamp of an enabled login; empty when the login is disabled or gone. */
	@Query("select u.securityStamp from UserAccount u where u.id = ?1 and u.enabled = true")
	Optional<Long> securityStampOfEnabled(UUID id);
}
