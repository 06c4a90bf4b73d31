package io.renloop.payroll.internal.region;

/** Changes to the current tenant's regions; reading goes through {@link RegionRules}. */
public interface RegionAdministration {

	/**
	 * Adds the tenant's version of the region that starts on the body's {@code effectiveFrom}, or replaces the one
	 * that starts that day; other versions stay. Audited.
	 * @throws io.renloop.platform.InvalidFieldsException naming every invalid field; nothing is saved then
	 */
	Region save(String code, SaveRegion version);
}
