package io.renloop.platform;

/**
 * A resource that does not exist for the current tenant; becomes 404. Records of other tenants are
 * reported the same way, so their existence is never revealed.
 */
public class NotFoundException extends RuntimeException {

	private final String entityType;

	public NotFoundException(String entityType, Object id) {
		super(entityType + " " + id + " not found");
		this.entityType = entityType;
	}

	public String entityType() {
		return entityType;
	}
}
