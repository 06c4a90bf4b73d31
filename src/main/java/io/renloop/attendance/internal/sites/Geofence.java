package io.renloop.attendance.internal.sites;

/** A circle on the earth and the great-circle (haversine) distance to it; pure. */
record Geofence(double latitude, double longitude, int radiusMeters) {

	private static final double EARTH_RADIUS_METERS = 6_371_008.8;

	/** Metres from the centre to the point. */
	double distanceMeters(double lat, double lon) {
		double dLat = Math.toRadians(lat - latitude);
		double dLon = Math.toRadians(lon - longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/**
	 * Inside when the reported position, widened by its accuracy (capped at the radius, so a vague fix cannot
	 * stretch the fence without limit), reaches the circle.
	 */
	boolean admits(double lat, double lon, double accuracyMeters) {
		double slack = Math.min(Math.max(0, accuracyMeters), radiusMeters);
		return distanceMeters(lat, lon) <= radiusMeters + slack;
	}
}
