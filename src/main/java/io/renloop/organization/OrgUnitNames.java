package io.renloop.organization;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The names of some departments and positions of the current tenant, for lists that show them beside each row:
 * one small query for the ids of a page, rather than the whole tree and every position per request.
 */
public interface OrgUnitNames {

	/**
	 * @param ids department and position ids, in any mix; unknown ids and those of other tenants are left out
	 * @return the name of each known id
	 */
	Map<UUID, String> namesOf(Collection<UUID> ids);
}
