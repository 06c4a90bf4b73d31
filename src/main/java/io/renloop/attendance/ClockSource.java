package io.renloop.attendance;

/** Where a clock event came from. */
public enum ClockSource {
	/** A time clock terminal (fingerprint, face, card). */
	DEVICE,
	/** The employee's phone, inside a site's geofence. */
	MOBILE,
	/** A legacy terminal export or a spreadsheet. */
	IMPORT,
	/** An approved clock correction (补卡); never accepted from terminals or imports. */
	CORRECTION
}
