package io.renloop.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The attrition risk of the current tenant's employees by the tenant's own model, trained on its history (who left
 * within a year of a snapshot, with the features the loop records about them then). Reads are within the viewer's data
 * scope (a manager sees their subtree) and audited as sensitive.
 */
public interface AttritionRisks {

	/**
	 * The employees in scope (below {@code departmentId} when given), riskiest first; 409 when the tenant has no model
	 * yet, 404 for a unit outside the scope.
	 */
	List<EmployeeRisk> risks(UUID departmentId);

	/** One employee's risk; 404 outside the viewer's scope or for someone no longer employed. */
	EmployeeRisk risk(UUID employeeId);

	/**
	 * Trains the tenant's model now (ANALYTICS_ADMIN) on the year before {@code asOf} (null: today), for instance to
	 * check how a model of last year would have done; 409 naming the counts when there are too few leavers.
	 */
	AttritionModels.ModelCard retrain(LocalDate asOf);

	/** The card of the tenant's current model, if it has one. */
	Optional<AttritionModels.ModelCard> currentModel();

	/**
	 * @param employeeId the employee
	 * @param name their name
	 * @param departmentId their unit
	 * @param risk the probability of leaving within twelve months
	 * @param reasons what raises it most, largest first, in the viewer's language
	 */
	record EmployeeRisk(UUID employeeId, String name, UUID departmentId, double risk, List<AttritionReason> reasons) {
	}
}
