package io.renloop.attendance;

/** Where a clock event came from. */
public enum ClockSource {
	/** A time clock terminal (fingerprint, face, card). */
	DEVICE,
	/** The employee's phone, inside a site's geofence. */
	MOBILE,
	/** A legacy terminal export or a spreadsheet. */
	IMPORT
}
