package io.renloop.platform;

/**
 * Which employees' records a user may see: their own, their department, their department and everything
 * below it, or the whole tenant. Enforced in queries, lists and totals.
 */
public enum DataScope {
	SELF, DEPARTMENT, SUBTREE, TENANT;

	public DataScope widest(DataScope other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
