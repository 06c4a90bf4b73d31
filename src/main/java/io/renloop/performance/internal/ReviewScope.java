package io.renloop.performance.internal;

import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who sees and scores which reviews: the whole tenant for a tenant-wide scope, a manager's departments (their
 * subtree) for a department scope, and always one's own review; managers score the reviews in their departments,
 * never their own.
 */
@Component
class ReviewScope {

	private final Organization organization;

	ReviewScope(Organization organization) {
		this.organization = organization;
	}

	/** The departments the viewer sees, or null for the whole tenant. */
	Set<UUID> departments() {
		CurrentUser user = CurrentUser.require();
		if (user.dataScope() == DataScope.TENANT) {
			return null;
		}
		if (user.dataScope() == DataScope.SELF) {
			return Set.of();
		}
		return organization.departmentsInScope(user).orElse(Set.of());
	}

	/** The viewer's employee, or null. */
	UUID self() {
		return CurrentUser.require().employeeId();
	}

	boolean canSee(ReviewRow review) {
		Set<UUID> visible = departments();
		return visible == null || review.employeeId().equals(self()) || visible.contains(review.departmentId());
	}

	/** The review if the viewer may see it; 404 otherwise, as if it did not exist. */
	ReviewRow visible(ReviewRow review) {
		if (!canSee(review)) {
			throw new NotFoundException("Review", review.id());
		}
		return review;
	}

	/** Whether the viewer may score the review as its manager (or HR). */
	boolean canManage(ReviewRow review) {
		CurrentUser user = CurrentUser.require();
		if (!user.can(Permission.PERFORMANCE_WRITE) || review.employeeId().equals(user.employeeId())
				|| user.dataScope() == DataScope.SELF) {
			return false;
		}
		Set<UUID> visible = departments();
		return visible == null || visible.contains(review.departmentId());
	}
}
