package io.renloop.recruitment;

import java.util.Optional;
import java.util.UUID;

/**
 * The competency model of each position of the current tenant. Unknown positions, and positions of other
 * tenants, raise {@code NotFoundException}.
 */
public interface CompetencyModels {

	/** The model of the position, if one was saved. */
	Optional<CompetencyModelView> find(UUID positionId);

	/** The model of the position; raises {@code NotFoundException} when none was saved. */
	CompetencyModelView get(UUID positionId);

	/**
	 * Creates or replaces the model of a position.
	 * @throws io.renloop.platform.InvalidFieldsException when the weights of the dimensions do not add up to 1
	 * or a dimension is named twice
	 */
	CompetencyModelView save(UUID positionId, CompetencyModel model);
}
